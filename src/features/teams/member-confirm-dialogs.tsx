import Alert from '@mui/material/Alert';
import DialogContentText from '@mui/material/DialogContentText';

import { ConfirmDialog } from '@/components/confirm-dialog';
import type { Team } from '@/scim';

import type { MemberRow } from './team-members';

// The last-admin warning warns and lets the admin go on: a team without a
// team admin is still managed by the organization's admins.
function Warning({ text }: { text: string | null | undefined }) {
  return text ? (
    <Alert severity="warning" sx={{ mb: 2 }}>
      {text}
    </Alert>
  ) : null;
}

/** Asks before `Remove <user>` takes one member out of the team. */
export function RemoveMemberDialog({
  row,
  teamName,
  warning,
  pending,
  onConfirm,
  onClose,
}: {
  row: MemberRow | null;
  teamName: string;
  warning: string | null;
  pending: boolean;
  onConfirm(row: MemberRow): void;
  onClose(): void;
}) {
  return (
    <ConfirmDialog
      open={row !== null}
      title={`Remove ${row?.userName ?? ''} from ${teamName}?`}
      confirmLabel="Remove"
      destructive
      pending={pending}
      onConfirm={() => row && onConfirm(row)}
      onClose={onClose}
    >
      <Warning text={warning} />
      <DialogContentText>
        {row?.userName} loses their {row?.role ?? ''} role in {teamName} and
        access to its projects. They stay in the organization and can be added
        again later.
      </DialogContentText>
    </ConfirmDialog>
  );
}

/** Asks before every member leaves the team. */
export function RemoveAllDialog({
  open,
  team,
  warning,
  pending,
  onConfirm,
  onClose,
}: {
  open: boolean;
  team: Team;
  warning: string | null;
  pending: boolean;
  onConfirm(): void;
  onClose(): void;
}) {
  const count = team.members.length.toLocaleString('en');
  return (
    <ConfirmDialog
      open={open}
      title={`Remove all members of ${team.name}?`}
      confirmLabel="Remove all"
      destructive
      pending={pending}
      onConfirm={onConfirm}
      onClose={onClose}
    >
      <Warning text={warning} />
      <DialogContentText>
        All {count} members lose their roles in {team.name} and access to its
        projects. The team and its projects stay; the users stay in the
        organization.
      </DialogContentText>
    </ConfirmDialog>
  );
}

/** Asks before the team's last admin is given another role. */
export function DemoteDialog({
  change,
  teamName,
  warning,
  onConfirm,
  onClose,
}: {
  change: { row: MemberRow; role: string } | undefined;
  teamName: string;
  warning: string | null | undefined;
  onConfirm(change: { row: MemberRow; role: string }): void;
  onClose(): void;
}) {
  return (
    <ConfirmDialog
      open={change !== undefined}
      title={`Make ${change?.row.userName ?? ''} ${change?.role ?? ''}?`}
      confirmLabel="Change role"
      onConfirm={() => change && onConfirm(change)}
      onClose={onClose}
    >
      <Warning text={warning} />
      <DialogContentText>
        {change?.row.userName} stops being an admin of {teamName} and becomes{' '}
        {change?.role}.
      </DialogContentText>
    </ConfirmDialog>
  );
}
