import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';

import { paths } from '@/config/paths';
import { baseLabel } from '@/lib/permissions';
import type { Role, User } from '@/scim';

import { countHolders, holdersOf } from './holders';
import { addedOf } from './role-model';

export interface RolesTableProps {
  roles: readonly Role[];
  /** The organization's users, once loaded: they tell who holds each role. */
  users: readonly User[] | undefined;
  usersError: boolean;
}

/** One row per custom role: its base, what it adds, and who holds it. */
export function RolesTable({ roles, users, usersError }: RolesTableProps) {
  const sorted = [...roles].sort((a, b) => a.name.localeCompare(b.name));
  const unknown = usersError ? 'Unknown' : '…';

  return (
    <Table size="small" aria-label="Roles">
      <TableHead>
        <TableRow>
          <TableCell>Name</TableCell>
          <TableCell>Based on</TableCell>
          <TableCell align="right">Added permissions</TableCell>
          <TableCell align="right">Users</TableCell>
          <TableCell align="right">Teams</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {sorted.map((role) => {
          const count = users
            ? countHolders(holdersOf(role.name, users))
            : null;
          return (
            <TableRow key={role.id} hover>
              <TableCell>
                <Link component={RouterLink} to={paths.role(role.id)}>
                  {role.name}
                </Link>
                {role.description ? (
                  <Typography variant="body2" color="text.secondary">
                    {role.description}
                  </Typography>
                ) : null}
              </TableCell>
              <TableCell>{baseLabel(role.inheritedFrom)}</TableCell>
              <TableCell align="right">{addedOf(role).length}</TableCell>
              <TableCell align="right">{count?.users ?? unknown}</TableCell>
              <TableCell align="right">{count?.teams ?? unknown}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
