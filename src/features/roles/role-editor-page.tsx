import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { type ReactNode, useState } from 'react';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';

import { ErrorState, LoadingState } from '@/components/page-states';
import { paths } from '@/config/paths';
import { usePageTitle } from '@/lib/use-page-title';

import { useOrganizationUsers, useRole, useRoles } from './api';
import { CompareRoles } from './compare-roles';
import { DeleteRoleDialog } from './delete-role-dialog';
import { RoleEditor } from './role-editor';
import { learnBaselines } from './role-model';

/** `/roles/new` and `/roles/:id`: the role editor. */
export function RoleEditorPage() {
  const { id } = useParams();
  return id === undefined ? <NewRole /> : <ExistingRole key={id} id={id} />;
}

function NewRole() {
  usePageTitle('New role');
  const roles = useRoles();

  return (
    <Frame title="New role">
      {roles.isPending ? (
        <LoadingState label="Loading permissions…" />
      ) : roles.isError ? (
        <ErrorState
          title="The roles could not be loaded."
          error={roles.error}
          onRetry={() => void roles.refetch()}
        />
      ) : (
        <RoleEditor
          initial={null}
          roles={roles.data}
          users={undefined}
          baselines={learnBaselines(roles.data)}
        />
      )}
    </Frame>
  );
}

function ExistingRole({ id }: { id: string }) {
  const role = useRole(id);
  const roles = useRoles();
  const users = useOrganizationUsers();
  const navigate = useNavigate();
  const [deleting, setDeleting] = useState(false);
  usePageTitle(role.data?.data.name ?? 'Role');

  if (role.isPending || roles.isPending) {
    return (
      <Frame title="Role">
        <LoadingState label="Loading role…" />
      </Frame>
    );
  }
  const failed = role.isError ? role.error : roles.error;
  if (failed || !role.data || !roles.data) {
    const missing = role.isError && role.error.isNotFound;
    return (
      <Frame title="Role">
        <ErrorState
          title={missing ? 'No such role.' : 'The role could not be loaded.'}
          error={failed}
          onRetry={
            missing
              ? undefined
              : () => void Promise.all([role.refetch(), roles.refetch()])
          }
        />
      </Frame>
    );
  }

  const current = role.data;
  const baselines = learnBaselines(roles.data);
  const deleteButton = (
    <Button
      variant="outlined"
      color="error"
      startIcon={<DeleteIcon />}
      onClick={() => setDeleting(true)}
    >
      Delete role
    </Button>
  );

  return (
    <Frame title={current.data.name} action={deleteButton}>
      <RoleEditor
        initial={current}
        roles={roles.data}
        users={users.data}
        baselines={baselines}
      />
      <Paper variant="outlined" sx={{ p: 3, mt: 3 }} component="section">
        <Typography variant="h6" component="h2" sx={{ mb: 2 }}>
          Compare
        </Typography>
        <CompareRoles
          role={current.data}
          roles={roles.data}
          baselines={baselines}
        />
      </Paper>
      {deleting ? (
        <DeleteRoleDialog
          role={current}
          onClose={() => setDeleting(false)}
          onDeleted={() => void navigate(paths.roles(), { replace: true })}
        />
      ) : null}
    </Frame>
  );
}

function Frame({
  title,
  action,
  children,
}: {
  title: string;
  action?: ReactNode;
  children: ReactNode;
}) {
  return (
    <>
      <Link
        component={RouterLink}
        to={paths.roles()}
        sx={{ display: 'inline-flex', gap: 0.5, mb: 2 }}
      >
        <ArrowBackIcon fontSize="small" /> All roles
      </Link>
      <Stack
        direction="row"
        spacing={2}
        sx={{ alignItems: 'center', mb: 3, flexWrap: 'wrap' }}
      >
        <Typography variant="h4" component="h1">
          {title}
        </Typography>
        <span style={{ flex: 1 }} />
        {action}
      </Stack>
      {children}
    </>
  );
}
