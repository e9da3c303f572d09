import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

import type { User } from '@/scim';

import { lastActiveLabel, orgRoleLabel } from './format';

/** What the server holds about a user, as labelled facts. */
export function UserFacts({ user }: { user: User }) {
  const seat = (value: string | null) => value ?? '—';

  return (
    <Box
      component="dl"
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', sm: '12rem 1fr' },
        rowGap: 1.5,
        columnGap: 3,
        m: 0,
        '& dt': { color: 'text.secondary' },
        '& dd': { m: 0, wordBreak: 'break-word' },
      }}
    >
      <Fact term="Username">{user.userName}</Fact>
      <Fact term="Display name">{user.displayName || 'Not set'}</Fact>
      <Fact term="Email">{user.email || 'None'}</Fact>
      <Fact term="Organization role">
        {orgRoleLabel(user.organizationRole)}
      </Fact>
      <Fact term="Models seat">{seat(user.modelsSeat)}</Fact>
      <Fact term="Weave role">{seat(user.weaveRole)}</Fact>
      <Fact term="Teams">
        {user.teamRoles.length === 0
          ? 'None'
          : user.teamRoles
              .map((role) => `${role.teamName} (${role.roleName})`)
              .join(', ')}
      </Fact>
      <Fact term="Registry roles">
        {user.registryRoles.length === 0
          ? 'None'
          : user.registryRoles
              .map((role) => `${role.registryName} (${role.roleName})`)
              .join(', ')}
      </Fact>
      <Fact term="Days active">{user.daysActive ?? '—'}</Fact>
      <Fact term="Last active">{lastActiveLabel(user)}</Fact>
    </Box>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <Typography component="dt">{term}</Typography>
      <Typography component="dd">{children}</Typography>
    </>
  );
}
