import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

import { ErrorState, LoadingState } from '@/components/page-states';
import { baseLabel } from '@/lib/permissions';
import type { User } from '@/scim';

import { useRoles } from './api';
import { type TeamAccess, teamAccessOf } from './effective';
import { inCatalogueOrder, learnBaselines } from './role-model';

export interface EffectivePermissionsProps {
  user: User;
}

/**
 * What a user may do in each of their teams, from their team role, with
 * inherited and added permissions apart. Org admins and deactivated users
 * are called out, since their role alone does not tell the whole story.
 */
export function EffectivePermissions({ user }: EffectivePermissionsProps) {
  const roles = useRoles();
  const who = user.displayName.trim() || user.userName;

  if (!user.active) {
    return (
      <Alert severity="info">
        {who} is deactivated and may do nothing in any team until re-enabled.
      </Alert>
    );
  }
  if (roles.isPending) return <LoadingState label="Loading roles…" />;
  if (roles.isError) {
    return (
      <ErrorState
        title="The roles could not be loaded."
        error={roles.error}
        onRetry={() => void roles.refetch()}
      />
    );
  }

  const access = teamAccessOf(user, roles.data, learnBaselines(roles.data));
  return (
    <Stack spacing={2}>
      {user.organizationRole === 'admin' ? (
        <Alert severity="info">
          {who} is an organization admin and may manage every team, whatever the
          team role below.
        </Alert>
      ) : null}
      {access.length === 0 ? (
        <Typography color="text.secondary">
          {who} is in no team, so holds no team permissions.
        </Typography>
      ) : null}
      {access.map((team) => (
        <TeamPermissions key={team.teamName} access={team} />
      ))}
    </Stack>
  );
}

function TeamPermissions({ access }: { access: TeamAccess }) {
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-label={`Permissions in ${access.teamName}`}
      sx={{ p: 2 }}
    >
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {access.teamName}
      </Typography>
      {access.kind === 'unknown' ? (
        <Typography color="text.secondary">
          Role {access.roleName}: not a role the server lists, so its
          permissions are unknown.
        </Typography>
      ) : access.kind === 'admin' ? (
        <>
          <Typography color="text.secondary" sx={{ mb: 1 }}>
            Team admin: every permission, and managing the team&apos;s members,
            roles and settings.
          </Typography>
          <Names label="Granted" names={access.granted} />
        </>
      ) : (
        <>
          <Typography color="text.secondary" sx={{ mb: 1 }}>
            Role {access.roleName}
            {access.kind === 'custom'
              ? `, a custom role based on ${baseLabel(access.base)}`
              : ''}
            .
          </Typography>
          <Names
            label={`Inherited from ${baseLabel(access.base)}`}
            names={access.inherited}
          />
          {access.kind === 'custom' ? (
            <Names label={`Added by ${access.roleName}`} names={access.added} />
          ) : null}
        </>
      )}
    </Paper>
  );
}

function Names({ label, names }: { label: string; names: readonly string[] }) {
  const ordered = inCatalogueOrder(names);
  return (
    <Box sx={{ mb: 1 }}>
      <Typography variant="body2" component="p" sx={{ fontWeight: 600 }}>
        {label} ({ordered.length})
      </Typography>
      <Box
        component="ul"
        aria-label={label}
        sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, p: 0, m: 0 }}
      >
        {ordered.length === 0 ? (
          <Typography component="li" variant="body2" sx={{ listStyle: 'none' }}>
            None
          </Typography>
        ) : (
          ordered.map((name) => (
            <Box component="li" key={name} sx={{ listStyle: 'none' }}>
              <Chip size="small" label={name} variant="outlined" />
            </Box>
          ))
        )}
      </Box>
    </Box>
  );
}
