import Alert from '@mui/material/Alert';
import DialogContentText from '@mui/material/DialogContentText';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';

import { ConfirmDialog } from '@/components/confirm-dialog';
import { capabilities, useServerTraits } from '@/lib/server-traits';
import type { OrgRole, User } from '@/scim';

import {
  type BulkAction,
  countOutcomes,
  planBulk,
  skipReasons,
  usersCount,
} from './bulk-plan';

export type BulkKind = BulkAction['kind'];

export interface BulkDialogProps {
  kind: BulkKind;
  selected: readonly User[];
  /** Every user, to keep an active admin. */
  users: readonly User[];
  onConfirm(action: BulkAction): void;
  onClose(): void;
}

const LABELS: Record<BulkKind, string> = {
  deactivate: 'Deactivate',
  reenable: 'Re-enable',
  role: 'Change role',
};

/**
 * Confirms a bulk action: says what will happen to how many users, which
 * will be skipped and why, and what the deployment does differently.
 */
export function BulkDialog({
  kind,
  selected,
  users,
  onConfirm,
  onClose,
}: BulkDialogProps) {
  const can = capabilities(useServerTraits());
  const [role, setRole] = useState<OrgRole>('member');
  const action = useMemo<BulkAction>(
    () => (kind === 'role' ? { kind, role } : { kind }),
    [kind, role],
  );

  const plan = useMemo(
    () => planBulk(action, selected, users),
    [action, selected, users],
  );
  const { pending } = countOutcomes(plan);
  const refusal = kind === 'reenable' ? can.reactivate : null;
  const title =
    kind === 'role'
      ? `Change the role of ${usersCount(selected.length)}?`
      : `${LABELS[kind]} ${usersCount(selected.length)}?`;

  return (
    <ConfirmDialog
      open
      title={title}
      confirmLabel={LABELS[kind]}
      destructive={kind === 'deactivate'}
      confirmDisabled={pending === 0 || refusal !== null}
      onConfirm={() => onConfirm(action)}
      onClose={onClose}
    >
      {refusal ? (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {refusal}
        </Alert>
      ) : null}
      {kind === 'deactivate' && can.deactivationRemoves ? (
        <Alert severity="warning" sx={{ mb: 2 }}>
          On Multi-tenant Cloud, deactivating removes users from the
          organization. They cannot be re-enabled, so this cannot be undone.
        </Alert>
      ) : null}
      {kind === 'role' ? <RoleChoice role={role} onChange={setRole} /> : null}

      <DialogContentText>{whatHappens(kind, pending, can)}</DialogContentText>
      {skipReasons(plan).map(([reason, count]) => (
        <Typography key={reason} variant="body2" sx={{ mt: 1 }}>
          {`${usersCount(count)} will be skipped: ${reason}`}
        </Typography>
      ))}
    </ConfirmDialog>
  );
}

const ROLE_NOTES: Record<OrgRole, string> = {
  admin: 'Admins manage the whole organization: users, teams and roles.',
  member:
    'Members keep their Models seat, Weave role and team roles as they are.',
  viewer:
    'Viewer is deprecated: W&B makes each user a member with a viewer Models seat, the viewer Weave role, and the viewer role in every team.',
};

function RoleChoice({
  role,
  onChange,
}: {
  role: OrgRole;
  onChange(role: OrgRole): void;
}) {
  return (
    <TextField
      select
      label="New role"
      value={role}
      onChange={(event) => onChange(event.target.value as OrgRole)}
      helperText={ROLE_NOTES[role]}
      fullWidth
      sx={{ mt: 1, mb: 2 }}
    >
      <MenuItem value="admin">Admin</MenuItem>
      <MenuItem value="member">Member</MenuItem>
      <MenuItem value="viewer">Viewer (deprecated)</MenuItem>
    </TextField>
  );
}

function whatHappens(
  kind: BulkKind,
  pending: number,
  can: ReturnType<typeof capabilities>,
): string {
  const who = usersCount(pending);
  if (pending === 0) return 'No selected user needs this change.';
  switch (kind) {
    case 'deactivate':
      return can.deactivationRemoves
        ? `${who} will be removed from the organization.`
        : `${who} will no longer be able to sign in. They stay in the user list with their teams and roles, and can be re-enabled later.`;
    case 'reenable':
      return `${who} will be able to sign in again, with the teams and roles they had.`;
    case 'role':
      return `${who} will get the new organization role.`;
  }
}
