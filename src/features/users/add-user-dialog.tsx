import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { type FormEvent, useId, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';

import { useNotify } from '@/components/notifications';
import { paths } from '@/config/paths';
import { capabilities, useServerTraits } from '@/lib/server-traits';
import { describeError, ScimError } from '@/scim';

import { useUsers } from './api';
import {
  EMPTY_FORM,
  type FieldErrors,
  fieldOfServerError,
  type NewUserForm,
  validateNewUser,
} from './new-user-form';
import { OrgRoleField, SeatField } from './role-fields';
import { useCreateUser } from './user-mutations';

/** `Add user`: a new member of the organization, checked before it is sent. */
export function AddUserDialog({
  open,
  onClose,
}: {
  open: boolean;
  onClose(): void;
}) {
  const titleId = useId();
  const can = capabilities(useServerTraits());
  const users = useUsers();
  const create = useCreateUser();
  const notify = useNotify();
  const navigate = useNavigate();
  const [form, setForm] = useState<NewUserForm>(EMPTY_FORM);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  const teamNames = useMemo(() => {
    const names = new Set<string>();
    for (const user of users.data ?? []) {
      for (const role of user.teamRoles) names.add(role.teamName);
    }
    return [...names].sort();
  }, [users.data]);

  function change<K extends keyof NewUserForm>(
    field: K,
    value: NewUserForm[K],
  ) {
    setForm((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateNewUser(form);
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length > 0) return;

    create.mutate(
      {
        userName: form.userName.trim(),
        email: form.email.trim(),
        organizationRole: form.organizationRole,
        ...(can.seats
          ? {}
          : { modelsSeat: form.modelsSeat, weaveRole: form.weaveRole }),
        ...(can.teamsOnCreate ? {} : { teams: form.teams }),
      },
      {
        onSuccess: (result) => {
          if (result.roleError) {
            notify.error(
              `Added ${result.userName}, but the organization role could not be set: ${describeError(result.roleError)}`,
            );
          } else {
            notify.success(`Added ${result.userName}.`);
          }
          setForm(EMPTY_FORM);
          onClose();
          void navigate(paths.user(result.id));
        },
        onError: (error) => {
          const field =
            error instanceof ScimError ? fieldOfServerError(error) : null;
          if (field) setErrors({ [field]: describeError(error) });
          else setFormError(describeError(error));
        },
      },
    );
  }

  return (
    <Dialog
      open={open}
      onClose={create.isPending ? undefined : onClose}
      aria-labelledby={titleId}
      maxWidth="sm"
      fullWidth
    >
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>Add user</DialogTitle>
        <DialogContent>
          <Stack spacing={2.5} sx={{ pt: 1 }}>
            {formError ? <Alert severity="error">{formError}</Alert> : null}
            <TextField
              label="Username"
              value={form.userName}
              onChange={(event) => change('userName', event.target.value)}
              error={Boolean(errors.userName)}
              helperText={
                errors.userName ?? 'Letters, digits, dots, dashes, underscores.'
              }
              required
              // A dialog opened to type into starts in its first field.
              // eslint-disable-next-line jsx-a11y/no-autofocus
              autoFocus
            />
            <TextField
              label="Email"
              type="email"
              value={form.email}
              onChange={(event) => change('email', event.target.value)}
              error={Boolean(errors.email)}
              helperText={errors.email ?? ' '}
              required
            />
            <OrgRoleField
              value={form.organizationRole}
              onChange={(role) => change('organizationRole', role)}
            />
            <SeatField
              label="Models seat"
              value={form.modelsSeat}
              onChange={(seat) => change('modelsSeat', seat)}
              disabledReason={can.seats}
              error={errors.modelsSeat}
            />
            <SeatField
              label="Weave role"
              value={form.weaveRole}
              onChange={(seat) => change('weaveRole', seat)}
              disabledReason={can.seats}
              error={errors.weaveRole}
            />
            <Autocomplete
              multiple
              options={teamNames}
              value={form.teams}
              onChange={(_, teams) => change('teams', teams)}
              disabled={can.teamsOnCreate !== null}
              renderInput={(params) => (
                <TextField
                  {...params}
                  label="Teams"
                  error={Boolean(errors.teams)}
                  helperText={
                    errors.teams ??
                    can.teamsOnCreate ??
                    'The new user joins these teams as a member.'
                  }
                />
              )}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={create.isPending}>
            Cancel
          </Button>
          <Button type="submit" variant="contained" loading={create.isPending}>
            Add user
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
