import Alert from '@mui/material/Alert';
import DialogContentText from '@mui/material/DialogContentText';

import { ConfirmDialog } from '@/components/confirm-dialog';
import { useNotify } from '@/components/notifications';
import { capabilities, useServerTraits } from '@/lib/server-traits';
import { describeError, type User } from '@/scim';

import { useSetUserActive, useUsers } from './api';
import { DeactivationImpact } from './deactivation-impact';
import { lastAdminReason } from './last-admin';

export interface SetActiveDialogProps {
  /** The user to change; the dialog is open while it is set. */
  user: User | null;
  etag?: string | null;
  onClose(): void;
  /** Called when the server took the user out of the organization. */
  onGone?(): void;
}

/**
 * Confirms deactivating or re-enabling one user, says what will happen, and
 * refuses to deactivate the organization's last active admin.
 */
export function SetActiveDialog({
  user,
  etag,
  onClose,
  onGone,
}: SetActiveDialogProps) {
  const users = useUsers();
  const setActive = useSetUserActive();
  const notify = useNotify();

  const can = capabilities(useServerTraits());
  const deactivating = user?.active ?? true;
  const action = deactivating ? 'Deactivate' : 'Re-enable';
  const blockedBy = !user
    ? null
    : deactivating
      ? lastAdminReason(users.data ?? [], [user])
      : can.reactivate;

  function confirm() {
    if (!user || blockedBy) return;
    setActive.mutate(
      // A row of the list carries its version too, so every write has If-Match.
      { user, active: !deactivating, etag: etag ?? user.meta.version ?? null },
      {
        onSuccess: (answer) => {
          if (answer === null) {
            // Multi-tenant Cloud removed the user rather than deactivating.
            notify.success(`Removed ${user.userName} from the organization.`);
            onClose();
            onGone?.();
            return;
          }
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
      {user && deactivating ? (
        <DeactivationImpact user={user} can={can} />
      ) : blockedBy ? null : (
        <DialogContentText>
          {user?.userName ?? 'This user'} will be able to sign in again, with
          the teams and roles they had.
        </DialogContentText>
      )}
    </ConfirmDialog>
  );
}
