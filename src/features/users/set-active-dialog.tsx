import Alert from '@mui/material/Alert';
import DialogContentText from '@mui/material/DialogContentText';

import { ConfirmDialog } from '@/components/confirm-dialog';
import { useNotify } from '@/components/notifications';
import { describeError, type User } from '@/scim';

import { useSetUserActive, useUsers } from './api';
import { lastAdminReason } from './last-admin';

export interface SetActiveDialogProps {
  /** The user to change; the dialog is open while it is set. */
  user: User | null;
  etag?: string | null;
  onClose(): void;
}

/**
 * Confirms deactivating or re-enabling one user, says what will happen, and
 * refuses to deactivate the organization's last active admin.
 */
export function SetActiveDialog({ user, etag, onClose }: SetActiveDialogProps) {
  const users = useUsers();
  const setActive = useSetUserActive();
  const notify = useNotify();

  const deactivating = user?.active ?? true;
  const action = deactivating ? 'Deactivate' : 'Re-enable';
  const blockedBy =
    user && deactivating ? lastAdminReason(users.data ?? [], [user]) : null;

  function confirm() {
    if (!user || blockedBy) return;
    setActive.mutate(
      { user, active: !deactivating, etag },
      {
        onSuccess: () => {
          notify.success(
            `${deactivating ? 'Deactivated' : 'Re-enabled'} ${user.userName}.`,
          );
          onClose();
        },
        onError: (error) => {
          notify.error(
            `Could not ${action.toLowerCase()} ${user.userName}: ${describeError(error)}`,
          );
          onClose();
        },
      },
    );
  }

  return (
    <ConfirmDialog
      open={user !== null}
      title={`${action} ${user?.userName ?? ''}?`}
      confirmLabel={action}
      destructive={deactivating}
      pending={setActive.isPending}
      confirmDisabled={blockedBy !== null}
      onConfirm={confirm}
      onClose={onClose}
    >
      {blockedBy ? (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {blockedBy}
        </Alert>
      ) : null}
      <DialogContentText>
        {deactivating
          ? `${user?.userName ?? 'This user'} will no longer be able to sign in. They stay in the user list with their teams and roles, and can be re-enabled later.`
          : `${user?.userName ?? 'This user'} will be able to sign in again, with the teams and roles they had.`}
      </DialogContentText>
    </ConfirmDialog>
  );
}
