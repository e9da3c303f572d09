import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import { Link as RouterLink } from 'react-router';

import { paths } from '@/config/paths';
import type { Team } from '@/scim';

import { namesList } from './names-list';
import type { TeamListView, TeamSortField } from './team-list-view';

export interface TeamsTableProps {
  rows: readonly Team[];
  /** Admins' userNames by team name. */
  admins: ReadonlyMap<string, string[]>;
  /** False while the users (who hold the roles) are still loading. */
  adminsKnown: boolean;
  view: TeamListView;
  onSort(field: TeamSortField): void;
}

/** One page of teams: name, member count and admins. */
export function TeamsTable({
  rows,
  admins,
  adminsKnown,
  view,
  onSort,
}: TeamsTableProps) {
  const sortable = (field: TeamSortField, label: string) => (
    <TableCell
      sortDirection={view.sort === field ? view.dir : false}
      align={field === 'members' ? 'right' : 'left'}
    >
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
    <Table size="small" aria-label="Teams">
      <TableHead>
        <TableRow>
          {sortable('name', 'Team')}
          {sortable('members', 'Members')}
          <TableCell>Team admins</TableCell>
          <TableCell>Storage</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((team) => {
          const teamAdmins = admins.get(team.name) ?? [];
          return (
            <TableRow key={team.id} hover>
              <TableCell>
                <Link component={RouterLink} to={paths.team(team.id)}>
                  {team.name}
                </Link>
              </TableCell>
              <TableCell align="right">
                {team.members.length.toLocaleString('en')}
              </TableCell>
              <TableCell>
                {!adminsKnown
                  ? '…'
                  : teamAdmins.length === 0
                    ? 'No team admin'
                    : namesList(teamAdmins)}
              </TableCell>
              <TableCell>
                {team.storageBucket
                  ? `${team.storageBucket.provider}: ${team.storageBucket.name}`
                  : 'W&B default'}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
