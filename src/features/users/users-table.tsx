import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import { memo } from 'react';
import { Link as RouterLink } from 'react-router';

import { paths } from '@/config/paths';
import type { User } from '@/scim';

import { lastActiveLabel, orgRoleLabel, statusLabel } from './format';
import type { ListView, SortField } from './list-view';

const COLUMNS: { field: SortField; label: string }[] = [
  { field: 'userName', label: 'Username' },
  { field: 'email', label: 'Email' },
  { field: 'organizationRole', label: 'Role' },
  { field: 'status', label: 'Status' },
  { field: 'lastActiveAt', label: 'Last active' },
];

export interface UsersTableProps {
  rows: readonly User[];
  view: ListView;
  onSort(field: SortField): void;
  onSetActive(user: User): void;
  isSelected(id: string): boolean;
  onSelect(users: readonly User[], selected: boolean): void;
}

/**
 * One page of users, with sortable columns and a per-row action. Drawn again
 * only when its rows, order or selection change, not on every key typed.
 */
export const UsersTable = memo(function UsersTable({
  rows,
  view,
  onSort,
  onSetActive,
  isSelected,
  onSelect,
}: UsersTableProps) {
  const selectedOnPage = rows.filter((user) => isSelected(user.id)).length;

  return (
    <Table size="small" aria-label="Users" sx={TABLE_SX}>
      <TableHead>
        <TableRow>
          <TableCell padding="checkbox">
            <Checkbox
              checked={rows.length > 0 && selectedOnPage === rows.length}
              indeterminate={selectedOnPage > 0 && selectedOnPage < rows.length}
              onChange={(_, checked) => onSelect(rows, checked)}
              slotProps={{
                input: { 'aria-label': 'Select all users on this page' },
              }}
            />
          </TableCell>
          {COLUMNS.map(({ field, label }) => (
            <TableCell
              key={field}
              sortDirection={view.sort === field ? view.dir : false}
            >
              <TableSortLabel
                active={view.sort === field}
                direction={view.sort === field ? view.dir : 'asc'}
                onClick={() => onSort(field)}
              >
                {label}
              </TableSortLabel>
            </TableCell>
          ))}
          <TableCell>
            <span className="visually-hidden">Actions</span>
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((user) => (
          <UserRow
            key={user.id}
            user={user}
            selected={isSelected(user.id)}
            onSelect={onSelect}
            onSetActive={onSetActive}
          />
        ))}
      </TableBody>
    </Table>
  );
});

const UserRow = memo(function UserRow({
  user,
  selected,
  onSelect,
  onSetActive,
}: {
  user: User;
  selected: boolean;
  onSelect(users: readonly User[], selected: boolean): void;
  onSetActive(user: User): void;
}) {
  const action = user.active ? 'Deactivate' : 'Re-enable';

  return (
    <TableRow hover>
      <TableCell padding="checkbox">
        <Checkbox
          checked={selected}
          onChange={(_, checked) => onSelect([user], checked)}
          slotProps={{ input: { 'aria-label': `Select ${user.userName}` } }}
        />
      </TableCell>
      <TableCell>
        <Link component={RouterLink} to={paths.user(user.id)}>
          {user.userName}
        </Link>
        {user.displayName ? (
          <div className="secondary-text">{user.displayName}</div>
        ) : null}
      </TableCell>
      <TableCell className="users-email">{user.email || '—'}</TableCell>
      <TableCell>{orgRoleLabel(user.organizationRole)}</TableCell>
      <TableCell>
        <Chip
          size="small"
          label={statusLabel(user)}
          color={user.active ? 'success' : 'default'}
          variant={user.active ? 'outlined' : 'filled'}
        />
      </TableCell>
      <TableCell className="users-nowrap">{lastActiveLabel(user)}</TableCell>
      <TableCell align="right">
        <Button
          size="small"
          color={user.active ? 'error' : 'primary'}
          aria-label={`${action} ${user.userName}`}
          onClick={() => onSetActive(user)}
        >
          {action}
        </Button>
      </TableCell>
    </TableRow>
  );
});

// The cells' own styles, written once for the table rather than per row.
const TABLE_SX = {
  '& .users-email': { overflowWrap: 'anywhere', minWidth: 160 },
  '& .users-nowrap': { whiteSpace: 'nowrap' },
} as const;
