import Alert from '@mui/material/Alert';
import DialogContentText from '@mui/material/DialogContentText';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useNavigate } from 'react-router';

import { ConfirmDialog } from '@/components/confirm-dialog';
import { useNotify } from '@/components/notifications';
import { paths } from '@/config/paths';
import { describeError, type User } from '@/scim';

import { useUsers } from './api';
import { lastAdminReason } from './last-admin';
import { useRemoveUser } from './user-mutations';

export interface RemoveUserDialogProps {
  user: User;
  etag: string | null;
  open: boolean;
  onClose(): void;
}

/**
 * Removes a user from the organization for good, once the admin has typed
 * the username; refuses for the last active admin.
 */
export function RemoveUserDialog({
  user,
  etag,
  open,
  onClose,
}: RemoveUserDialogProps) {
  const users = useUsers();
  const remove = useRemoveUser();
  const notify = useNotify();
  const navigate = useNavigate();
  const [typed, setTyped] = useState('');

  const blockedBy = lastAdminReason(users.data ?? [], [user]);
  const confirmed = typed.trim() === user.userName;

  function close() {
    setTyped('');
    onClose();
  }

  function confirm() {
    if (!confirmed || blockedBy) return;
    remove.mutate(
      { id: user.id, etag },
      {
        onSuccess: () => {
          notify.success(`Removed ${user.userName} from the organization.`);
          close();
          void navigate(paths.users());
        },
        onError: (error) => {
          notify.error(
            `Could not remove ${user.userName}: ${describeError(error)}`,
          );
          close();
        },
      },
    );
  }

  return (
    <ConfirmDialog
      open={open}
      title={`Remove ${user.userName} from the organization?`}
      confirmLabel="Remove"
      destructive
      pending={remove.isPending}
      confirmDisabled={!confirmed || blockedBy !== null}
      onConfirm={confirm}
      onClose={close}
    >
      {blockedBy ? (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {blockedBy}
        </Alert>
      ) : null}
      <DialogContentText sx={{ mb: 2 }}>
        {user.userName} leaves the organization and every team (
        {user.teamRoles.length}). This cannot be undone: to bring them back, add
        them again as a new user.
      </DialogContentText>
      <TextField
        label={`Type ${user.userName} to confirm`}
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
        fullWidth
        autoComplete="off"
        disabled={blockedBy !== null}
      />
    </ConfirmDialog>
  );
}
