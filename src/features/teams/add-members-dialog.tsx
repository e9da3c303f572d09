import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { type FormEvent, useId, useMemo, useState } from 'react';

import type { Team, User, Versioned } from '@/scim';

import { useOrgUsers } from './api/queries';
import type { useMemberActions } from './use-member-actions';
import { UsersPicker } from './user-picker';

export interface AddMembersDialogProps {
  open: boolean;
  current: Versioned<Team>;
  roleNames: readonly string[];
  actions: ReturnType<typeof useMemberActions>;
  onClose(): void;
}

/**
 * `Add members`, like the SDK's Team.invite: several users at once, found
 * by name or email, all joining in one team role. Someone already in the
 * team is skipped, and the result says so.
 */
export function AddMembersDialog({
  open,
  current,
  roleNames,
  actions,
  onClose,
}: AddMembersDialogProps) {
  const titleId = useId();
  const users = useOrgUsers();
  const [chosen, setChosen] = useState<User[]>([]);
  const [role, setRole] = useState('member');
  const [error, setError] = useState<string>();

  const members = useMemo(
    () => new Set(current.data.members.map((member) => member.id)),
    [current.data.members],
  );

  function close() {
    setChosen([]);
    setRole('member');
    setError(undefined);
    onClose();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (chosen.length === 0) {
      setError('Choose at least one user.');
      return;
    }
    actions.add(current, chosen, role, close);
  }

  return (
    <Dialog
      open={open}
      onClose={actions.adding ? undefined : close}
      aria-labelledby={titleId}
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id={titleId}>Add members</DialogTitle>
      <form onSubmit={submit} noValidate>
        <DialogContent>
          <Stack spacing={2.5} sx={{ pt: 1 }}>
            <UsersPicker
              label="Users"
              users={users.data ?? []}
              loading={users.isPending}
              members={members}
              value={chosen}
              onChange={(next) => {
                setChosen(next);
                setError(undefined);
              }}
              error={error}
              helperText="Search by name or email; choose as many as needed."
            />
            <TextField
              select
              label="Team role"
              value={role}
              onChange={(event) => setRole(event.target.value)}
              helperText="The role each new member gets in this team."
            >
              {roleNames.map((name) => (
                <MenuItem key={name} value={name}>
                  {name}
                </MenuItem>
              ))}
            </TextField>
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={close} disabled={actions.adding}>
            Cancel
          </Button>
          <Button type="submit" variant="contained" loading={actions.adding}>
            Add
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
