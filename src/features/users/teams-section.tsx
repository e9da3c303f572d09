import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';

import { paths } from '@/config/paths';
import { teamsListQuery } from '@/lib/shared-queries';
import { setTeamRole, type User } from '@/scim';

import { useTeamRoleChoices } from './team-role-choices';
import type { UserEditor } from './use-user-editor';

/**
 * The user's teams (the SDK's `user.teams()`), each linked to its page, with
 * the user's role in it, changeable in place.
 */
export function TeamsSection({
  user,
  editor,
}: {
  user: User;
  editor: UserEditor;
}) {
  const choices = useTeamRoleChoices();
  const teamList = useQuery(teamsListQuery());
  const teamIds = new Map((teamList.data ?? []).map((t) => [t.name, t.id]));
  const teams = [...user.teamRoles].sort((a, b) =>
    a.teamName.localeCompare(b.teamName),
  );

  if (teams.length === 0) {
    return (
      <Typography color="text.secondary">Not a member of any team.</Typography>
    );
  }

  return (
    <Table size="small" aria-label="Teams of this user">
      <TableHead>
        <TableRow>
          <TableCell>Team</TableCell>
          <TableCell>Role</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {teams.map(({ teamName, roleName }) => (
          <TableRow key={teamName}>
            <TableCell>
              <Link
                component={RouterLink}
                to={
                  teamIds.has(teamName)
                    ? paths.team(teamIds.get(teamName) ?? '')
                    : paths.teams({ q: teamName })
                }
              >
                {teamName}
              </Link>
            </TableCell>
            <TableCell>
              <TextField
                select
                size="small"
                label={`Role in ${teamName}`}
                value={roleName}
                sx={{ minWidth: 220 }}
                onChange={(event) => {
                  const next = event.target.value;
                  if (next === roleName) return;
                  void editor.apply({
                    field: `Role in ${teamName}`,
                    operations: [setTeamRole(teamName, next)],
                    mine: next,
                    read: (fresh) =>
                      fresh.teamRoles.find((r) => r.teamName === teamName)
                        ?.roleName ?? 'not a member',
                    done: `${user.userName} is now ${next} in ${teamName}.`,
                  });
                }}
              >
                {[...new Set([...choices, roleName])].map((choice) => (
                  <MenuItem key={choice} value={choice}>
                    {choice}
                  </MenuItem>
                ))}
              </TextField>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
