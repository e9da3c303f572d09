import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

import type { Team } from '@/scim';

/**
 * What the team is besides its members: its size, its storage, and why it
 * cannot be deleted here (W&B's SCIM API answers a team DELETE with an
 * error: a team owns its projects, runs and artifacts).
 */
export function TeamSummary({ team }: { team: Team }) {
  const bucket = team.storageBucket;
  const count = team.members.length;

  return (
    <Stack spacing={0.5} sx={{ mb: 2 }}>
      <Typography color="text.secondary">
        {count.toLocaleString('en')} {count === 1 ? 'member' : 'members'} ·
        Storage:{' '}
        {bucket
          ? `${bucket.name} (${bucket.provider}${bucket.path ? `, ${bucket.path}` : ''})`
          : 'W&B default'}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        Teams cannot be deleted from this console: the SCIM API does not support
        it, because a team owns its projects, runs and artifacts. To retire a
        team, remove its members.
      </Typography>
    </Stack>
  );
}
