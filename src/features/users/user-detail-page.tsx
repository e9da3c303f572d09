import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';

import { ErrorState, LoadingState } from '@/components/page-states';
import { paths } from '@/config/paths';
import { EffectivePermissions } from '@/features/roles';
import { capabilities, useServerTraits } from '@/lib/server-traits';
import { usePageTitle } from '@/lib/use-page-title';
import type { User, Versioned } from '@/scim';

import { AccessSection } from './access-section';
import { useUser } from './api';
import { ConflictDialog } from './conflict-dialog';
import { nameOf, statusLabel } from './format';
import { ProfileSection } from './profile-section';
import { RegistrySection } from './registry-section';
import { RemoveUserDialog } from './remove-user-dialog';
import { Section } from './section';
import { SetActiveDialog } from './set-active-dialog';
import { TeamsSection } from './teams-section';
import { useUserEditor } from './use-user-editor';
import { UserFacts } from './user-facts';

/** `/users/:id`: the place to manage one person. */
export function UserDetailPage() {
  const { id = '' } = useParams();
  const user = useUser(id);
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

  if (user.isPending) {
    return (
      <>
        {back}
        <LoadingState label="Loading user…" />
      </>
    );
  }
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

  return (
    <>
      {back}
      <UserDetail current={user.data} />
    </>
  );
}

function UserDetail({ current }: { current: Versioned<User> }) {
  const person = current.data;
  const editor = useUserEditor(current);
  const can = capabilities(useServerTraits());
  const [confirming, setConfirming] = useState(false);
  const [removing, setRemoving] = useState(false);
  const navigate = useNavigate();

  return (
    <>
      <Stack
        direction="row"
        spacing={2}
        sx={{ alignItems: 'center', mb: 3, flexWrap: 'wrap', rowGap: 1 }}
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
        <Button
          variant="outlined"
          color="error"
          disabled={can.remove !== null}
          onClick={() => setRemoving(true)}
          aria-describedby={can.remove ? 'remove-reason' : undefined}
        >
          Remove from organization
        </Button>
      </Stack>
      {can.remove ? (
        <Typography id="remove-reason" color="text.secondary" sx={{ mb: 2 }}>
          {can.remove}
        </Typography>
      ) : null}

      <Stack spacing={3}>
        <Section title="Profile">
          <ProfileSection user={person} editor={editor} />
        </Section>
        <Section title="Access">
          <AccessSection user={person} editor={editor} />
        </Section>
        <Section title="Teams">
          <TeamsSection user={person} editor={editor} />
        </Section>
        <Section title="Effective permissions">
          <EffectivePermissions user={person} />
        </Section>
        <Section title="Registry roles">
          <RegistrySection user={person} editor={editor} />
        </Section>
        <Section title="Details">
          <UserFacts user={person} />
        </Section>
      </Stack>

      <SetActiveDialog
        user={confirming ? person : null}
        etag={current.etag}
        onClose={() => setConfirming(false)}
        onGone={() => void navigate(paths.users())}
      />
      <RemoveUserDialog
        user={person}
        etag={current.etag}
        open={removing}
        onClose={() => setRemoving(false)}
      />
      <ConflictDialog editor={editor} />
    </>
  );
}
