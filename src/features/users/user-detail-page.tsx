import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';

import { ErrorState, LoadingState } from '@/components/page-states';
import { paths } from '@/config/paths';
import { usePageTitle } from '@/lib/use-page-title';

import { useUser } from './api';
import { nameOf, statusLabel } from './format';
import { SetActiveDialog } from './set-active-dialog';
import { UserFacts } from './user-facts';

/** `/users/:id`: one person, what they hold and what can be done. */
export function UserDetailPage() {
  const { id = '' } = useParams();
  const user = useUser(id);
  const [confirming, setConfirming] = useState(false);
  usePageTitle(user.data ? nameOf(user.data.data) : 'User');

  const back = (
    <Link
      component={RouterLink}
      to={paths.users()}
      sx={{ display: 'inline-flex', gap: 0.5, mb: 2 }}
    >
      <ArrowBackIcon fontSize="small" /> All users
    </Link>
  );

  if (user.isPending)
    return (
      <>
        {back}
        <LoadingState label="Loading user…" />
      </>
    );
  if (user.isError) {
    return (
      <>
        {back}
        <Typography variant="h4" component="h1">
          User
        </Typography>
        <ErrorState
          title={
            user.error.isNotFound
              ? 'No such user.'
              : 'The user could not be loaded.'
          }
          error={user.error}
          onRetry={
            user.error.isNotFound ? undefined : () => void user.refetch()
          }
        />
      </>
    );
  }

  const { data: person, etag } = user.data;

  return (
    <>
      {back}
      <Stack
        direction="row"
        spacing={2}
        sx={{ alignItems: 'center', mb: 3, flexWrap: 'wrap' }}
      >
        <Typography variant="h4" component="h1">
          {nameOf(person)}
        </Typography>
        <Chip
          label={statusLabel(person)}
          color={person.active ? 'success' : 'default'}
          variant={person.active ? 'outlined' : 'filled'}
        />
        <span style={{ flex: 1 }} />
        <Button
          variant="outlined"
          color={person.active ? 'error' : 'primary'}
          onClick={() => setConfirming(true)}
        >
          {person.active ? 'Deactivate' : 'Re-enable'}
        </Button>
      </Stack>

      <Paper variant="outlined" sx={{ p: 3 }}>
        <UserFacts user={person} />
      </Paper>

      <SetActiveDialog
        user={confirming ? person : null}
        etag={etag}
        onClose={() => setConfirming(false)}
      />
    </>
  );
}
