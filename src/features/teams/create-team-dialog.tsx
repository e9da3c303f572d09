import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { type FormEvent, useId, useState } from 'react';
import { useNavigate } from 'react-router';

import { useNotify } from '@/components/notifications';
import { paths } from '@/config/paths';

import { useOrgUsers, useTeams } from './api/queries';
import { useCreateTeam } from './api/use-create-team';
import {
  EMPTY_DRAFT,
  errorsFromServer,
  type TeamDraft,
  type TeamErrors,
  toNewTeam,
  validateDraft,
} from './create-team-form';
import { StorageBucketFields } from './storage-bucket-fields';
import { UserPicker, UsersPicker } from './user-picker';

/**
 * `Create team`: a name and a first team admin, like the SDK's
 * create_team(name, admin); more members and an own storage bucket if
 * wanted. Checked before sending; the server's refusals land on their field
 * and what was typed stays.
 */
export function CreateTeamDialog({
  open,
  onClose,
}: {
  open: boolean;
  onClose(): void;
}) {
  const titleId = useId();
  const users = useOrgUsers();
  const teams = useTeams();
  const create = useCreateTeam();
  const notify = useNotify();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<TeamDraft>(EMPTY_DRAFT);
  const [errors, setErrors] = useState<TeamErrors>({});

  function change(changes: Partial<TeamDraft>, field?: keyof TeamErrors) {
    setDraft((current) => ({ ...current, ...changes }));
    if (field) setErrors(({ [field]: _, form: __, ...rest }) => rest);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateDraft(draft, teams.data ?? []);
    setErrors(found);
    if (Object.keys(found).length > 0) return;

    create.mutate(toNewTeam(draft), {
      onSuccess: ({ data: team }) => {
        notify.success(
          `Created ${team.name} with ${draft.admin?.userName ?? 'no one'} as its team admin.`,
        );
        setDraft(EMPTY_DRAFT);
        onClose();
        void navigate(paths.team(team.id));
      },
      onError: (error) => setErrors(errorsFromServer(error)),
    });
  }

  const people = users.data ?? [];
  return (
    <Dialog
      open={open}
      onClose={create.isPending ? undefined : onClose}
      aria-labelledby={titleId}
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id={titleId}>Create team</DialogTitle>
      <form onSubmit={submit} noValidate>
        <DialogContent>
          <Stack spacing={2.5} sx={{ pt: 1 }}>
            {errors.form ? <Alert severity="error">{errors.form}</Alert> : null}
            <TextField
              label="Team name"
              required
              value={draft.name}
              onChange={(event) => change({ name: event.target.value }, 'name')}
              error={Boolean(errors.name)}
              helperText={
                errors.name ?? 'Letters, digits, hyphens and underscores.'
              }
            />
            <UserPicker
              label="Team admin"
              required
              users={people}
              loading={users.isPending}
              value={draft.admin}
              onChange={(admin) => change({ admin }, 'admin')}
              error={errors.admin}
              helperText="Manages the team’s members and settings."
            />
            <UsersPicker
              label="More members"
              users={people}
              loading={users.isPending}
              value={draft.others}
              onChange={(others) => change({ others }, 'others')}
              error={errors.others}
              helperText="Optional. They join as members."
            />
            <FormControlLabel
              control={
                <Switch
                  checked={draft.useBucket}
                  onChange={(event) =>
                    change({ useBucket: event.target.checked })
                  }
                />
              }
              label="Use the team’s own storage bucket"
            />
            {draft.useBucket ? (
              <StorageBucketFields
                bucket={draft.bucket}
                errors={errors}
                onChange={(bucket, field) =>
                  change({ bucket: { ...draft.bucket, ...bucket } }, field)
                }
              />
            ) : null}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={create.isPending}>
            Cancel
          </Button>
          <Button type="submit" variant="contained" loading={create.isPending}>
            Create team
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
