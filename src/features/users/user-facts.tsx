import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

import type { User } from '@/scim';

import { lastActiveLabel } from './format';

/** What the server records about a user and nobody edits: ids and activity. */
export function UserFacts({ user }: { user: User }) {
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
      <Fact term="User ID">{user.id}</Fact>
      <Fact term="Days active">{user.daysActive ?? '—'}</Fact>
      <Fact term="Last active">{lastActiveLabel(user)}</Fact>
      <Fact term="Created">{user.meta.created?.slice(0, 10) ?? '—'}</Fact>
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
