import DialogContentText from '@mui/material/DialogContentText';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useQuery } from '@tanstack/react-query';

import { ConfirmDialog } from '@/components/confirm-dialog';
import { useNotify } from '@/components/notifications';
import { ErrorState, LoadingState } from '@/components/page-states';
import { baseLabel } from '@/lib/permissions';
import { usersListQuery } from '@/lib/shared-queries';
import { describeError, type Role, type Versioned } from '@/scim';

import { countHolders, holderCountLabel, holdersOf } from './holders';
import { useDeleteRole } from './use-role-mutations';

export interface DeleteRoleDialogProps {
  role: Versioned<Role>;
  onClose(): void;
  onDeleted(): void;
}

/**
 * Asks before deleting a role, listing everyone who holds it and the role
 * they fall back to. Mounted only while open, so that it reads who holds
 * the role afresh, and `Delete` waits for that answer.
 */
export function DeleteRoleDialog({
  role,
  onClose,
  onDeleted,
}: DeleteRoleDialogProps) {
  const users = useQuery({
    ...usersListQuery(),
    refetchOnMount: 'always',
  });
  const remove = useDeleteRole();
  const notify = useNotify();
  const { name, inheritedFrom } = role.data;
  const fallback = baseLabel(inheritedFrom);
  const holders = users.data ? holdersOf(name, users.data) : [];
  const known = users.isSuccess && !users.isFetching;

  function confirm() {
    remove.mutate(
      { id: role.data.id, etag: role.etag },
      {
        onSuccess: () => {
          notify.success(`Deleted role ${name}.`);
          onDeleted();
        },
        onError: (error) => {
          notify.error(`Could not delete ${name}: ${describeError(error)}`);
          onClose();
        },
      },
    );
  }

  return (
    <ConfirmDialog
      open
      title={`Delete ${name}?`}
      confirmLabel="Delete"
      destructive
      pending={remove.isPending}
      confirmDisabled={!known}
      onConfirm={confirm}
      onClose={onClose}
    >
      <DialogContentText sx={{ mb: 2 }}>
        Deleting a role cannot be undone. Everyone who holds it falls back to{' '}
        {fallback}, the role it builds on.
      </DialogContentText>
      {users.isError ? (
        <ErrorState
          title="Who holds this role could not be loaded."
          error={users.error}
          onRetry={() => void users.refetch()}
        />
      ) : !known ? (
        <LoadingState label="Finding who holds this role…" />
      ) : holders.length === 0 ? (
        <DialogContentText>No one holds this role.</DialogContentText>
      ) : (
        <>
          <DialogContentText sx={{ mb: 1 }}>
            {holderCountLabel(countHolders(holders))} will fall back to{' '}
            {fallback}:
          </DialogContentText>
          <Table size="small" aria-label="Who falls back">
            <TableHead>
              <TableRow>
                <TableCell>User</TableCell>
                <TableCell>Team</TableCell>
                <TableCell>Falls back to</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {holders.map((holder) => (
                <TableRow key={`${holder.userId}/${holder.teamName}`}>
                  <TableCell>{holder.userName}</TableCell>
                  <TableCell>{holder.teamName}</TableCell>
                  <TableCell>{fallback}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </ConfirmDialog>
  );
}
