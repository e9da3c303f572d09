import AddIcon from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';

import { ListFreshness } from '@/components/list-freshness';
import { EmptyState, ErrorState, LoadingState } from '@/components/page-states';
import { paths } from '@/config/paths';
import { usePageTitle } from '@/lib/use-page-title';

import { useOrganizationUsers, useRoles } from './api';
import { RolesTable } from './roles-table';

/** `/roles`: the organization's custom roles and who holds them. */
export function RolesPage() {
  usePageTitle('Roles');
  const roles = useRoles();
  const users = useOrganizationUsers();

  return (
    <>
      <Stack
        direction="row"
        spacing={2}
        useFlexGap
        sx={{ alignItems: 'center', mb: 1, flexWrap: 'wrap' }}
      >
        <Typography variant="h4" component="h1">
          Roles
        </Typography>
        <span style={{ flex: 1 }} />
        <ListFreshness
          updatedAt={roles.dataUpdatedAt}
          refreshing={roles.isFetching}
          onRefresh={() => void roles.refetch()}
        />
        <Button
          variant="contained"
          startIcon={<AddIcon />}
          component={RouterLink}
          to={paths.newRole()}
        >
          Create role
        </Button>
      </Stack>
      <Typography color="text.secondary" sx={{ mb: 3, maxWidth: '70ch' }}>
        A custom role starts from the Viewer or Member team role, keeps all it
        grants and adds more. Give it to people in a team from their page or the
        team&apos;s.
      </Typography>

      {roles.isPending ? (
        <LoadingState label="Loading roles…" />
      ) : roles.isError ? (
        <ErrorState
          title="The roles could not be loaded."
          error={roles.error}
          onRetry={() => void roles.refetch()}
        />
      ) : roles.data.length === 0 ? (
        <EmptyState title="No custom roles yet.">
          <Typography color="text.secondary">
            Everyone holds Admin, Member or Viewer in their teams.
          </Typography>
        </EmptyState>
      ) : (
        <Paper variant="outlined" sx={{ overflowX: 'auto' }}>
          <RolesTable
            roles={roles.data}
            users={users.data}
            usersError={users.isError}
          />
        </Paper>
      )}
    </>
  );
}
