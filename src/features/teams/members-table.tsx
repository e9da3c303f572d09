import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Select from '@mui/material/Select';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import { memo } from 'react';
import { Link as RouterLink } from 'react-router';

import { paths } from '@/config/paths';

import type { MemberSortField, MemberView } from './member-view';
import type { MemberRow } from './team-members';

export interface MembersTableProps {
  rows: readonly MemberRow[];
  roleNames: readonly string[];
  view: MemberView;
  /** The user whose role change is on its way, if any. */
  changingRoleOf: string | null;
  onSort(field: MemberSortField): void;
  onRole(row: MemberRow, role: string): void;
  onRemove(row: MemberRow): void;
}

/** One page of a team's members, each with a role control and `Remove`. */
export function MembersTable({
  rows,
  roleNames,
  view,
  changingRoleOf,
  onSort,
  onRole,
  onRemove,
}: MembersTableProps) {
  const sortable = (field: MemberSortField, label: string) => (
    <TableCell sortDirection={view.sort === field ? view.dir : false}>
      <TableSortLabel
        active={view.sort === field}
        direction={view.sort === field ? view.dir : 'asc'}
        onClick={() => onSort(field)}
      >
        {label}
      </TableSortLabel>
    </TableCell>
  );

  return (
    <Table size="small" aria-label="Members">
      <TableHead>
        <TableRow>
          {sortable('userName', 'Username')}
          <TableCell>Email</TableCell>
          {sortable('role', 'Team role')}
          <TableCell>
            <span className="visually-hidden">Actions</span>
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <MemberTableRow
            key={row.id}
            row={row}
            roleNames={roleNames}
            changing={changingRoleOf === row.id}
            onRole={onRole}
            onRemove={onRemove}
          />
        ))}
      </TableBody>
    </Table>
  );
}

const MemberTableRow = memo(function MemberTableRow({
  row,
  roleNames,
  changing,
  onRole,
  onRemove,
}: {
  row: MemberRow;
  roleNames: readonly string[];
  changing: boolean;
  onRole(row: MemberRow, role: string): void;
  onRemove(row: MemberRow): void;
}) {
  // A role the list does not know (a custom role just deleted) still shows.
  const choices =
    row.role && !roleNames.includes(row.role)
      ? [...roleNames, row.role]
      : roleNames;

  return (
    <TableRow hover>
      <TableCell>
        <Link component={RouterLink} to={paths.user(row.id)}>
          {row.userName}
        </Link>
        {row.displayName ? (
          <div className="secondary-text">{row.displayName}</div>
        ) : null}
      </TableCell>
      <TableCell sx={{ wordBreak: 'break-all' }}>{row.email || '—'}</TableCell>
      <TableCell>
        {row.user ? (
          <Select
            size="small"
            value={row.role ?? ''}
            displayEmpty
            disabled={changing}
            onChange={(event) => onRole(row, event.target.value)}
            inputProps={{ 'aria-label': `Role of ${row.userName}` }}
            sx={{ minWidth: 160 }}
          >
            {row.role ? null : (
              <MenuItem value="" disabled>
                No role
              </MenuItem>
            )}
            {choices.map((role) => (
              <MenuItem key={role} value={role}>
                {role}
              </MenuItem>
            ))}
          </Select>
        ) : (
          '…'
        )}
      </TableCell>
      <TableCell align="right">
        <Button
          size="small"
          color="error"
          aria-label={`Remove ${row.userName}`}
          onClick={() => onRemove(row)}
        >
          Remove
        </Button>
      </TableCell>
    </TableRow>
  );
});
