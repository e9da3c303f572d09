import DialogContentText from '@mui/material/DialogContentText';

import { ConfirmDialog } from '@/components/confirm-dialog';
import { useNotify } from '@/components/notifications';
import { describeError, type ServiceAccount } from '@/scim';

import { useDeleteServiceAccount } from './api/use-service-accounts';

/** Asks before a service account, and its API key, go for good. */
export function DeleteServiceAccountDialog({
  account,
  teamId,
  onClose,
}: {
  account: ServiceAccount | null;
  teamId: string;
  onClose(): void;
}) {
  const remove = useDeleteServiceAccount(teamId);
  const notify = useNotify();
  const name = account?.description || account?.id || '';

  function confirm() {
    if (!account) return;
    remove.mutate(account.id, {
      onSuccess: () => notify.success(`Deleted the service account ${name}.`),
      onError: (error) =>
        notify.error(`Could not delete ${name}: ${describeError(error)}`),
      onSettled: onClose,
    });
  }

  return (
    <ConfirmDialog
      open={account !== null}
      title={`Delete ${name}?`}
      confirmLabel="Delete"
      destructive
      pending={remove.isPending}
      onConfirm={confirm}
      onClose={onClose}
    >
      <DialogContentText>
        {account?.teamId === null
          ? `${name} is an organization service account: deleting it removes it from the organization and from every team it joined.`
          : `${name} is deleted from this team.`}{' '}
        Anything that uses its API key stops working at once. This cannot be
        undone.
      </DialogContentText>
    </ConfirmDialog>
  );
}
