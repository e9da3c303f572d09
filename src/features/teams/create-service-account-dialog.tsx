import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { type FormEvent, useId, useState } from 'react';

import { describeError, type Team } from '@/scim';

import { useCreateServiceAccount } from './api/use-service-accounts';
import { ApiKeyPanel } from './api-key-panel';

/**
 * `Create service account`: a description, then the new API key, shown
 * this once. Closing drops the key from memory; the mock does not keep it
 * either, and W&B shows it only in this answer.
 */
export function CreateServiceAccountDialog({
  open,
  team,
  onClose,
}: {
  open: boolean;
  team: Team;
  onClose(): void;
}) {
  const titleId = useId();
  const create = useCreateServiceAccount(team.id);
  const [description, setDescription] = useState('');
  const [error, setError] = useState<string>();
  const created = create.data;

  function close() {
    create.reset();
    setDescription('');
    setError(undefined);
    onClose();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const text = description.trim();
    if (!text) {
      setError('Say what the account is for, e.g. "CI pipeline".');
      return;
    }
    // Success shows in the dialog itself, with the key.
    create.mutate(text, {
      onError: (failure) => setError(describeError(failure)),
    });
  }

  return (
    <Dialog
      open={open}
      // While the key shows, only `Done` closes: a stray click would lose it.
      onClose={created || create.isPending ? undefined : close}
      aria-labelledby={titleId}
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id={titleId}>
        {created ? 'Service account created' : 'Create service account'}
      </DialogTitle>
      {created ? (
        <>
          <DialogContent>
            <ApiKeyPanel
              description={created.description}
              apiKey={created.apiKey}
            />
          </DialogContent>
          <DialogActions>
            <Button variant="contained" onClick={close}>
              Done
            </Button>
          </DialogActions>
        </>
      ) : (
        <form onSubmit={submit} noValidate>
          <DialogContent>
            <Alert severity="info" sx={{ mb: 2 }}>
              The account works in {team.name} only, with its own API key.
            </Alert>
            <TextField
              label="Description"
              required
              fullWidth
              value={description}
              onChange={(event) => {
                setDescription(event.target.value);
                setError(undefined);
              }}
              error={Boolean(error)}
              helperText={error ?? 'What it is for, e.g. "CI pipeline".'}
            />
          </DialogContent>
          <DialogActions>
            <Button onClick={close} disabled={create.isPending}>
              Cancel
            </Button>
            <Button
              type="submit"
              variant="contained"
              loading={create.isPending}
            >
              Create
            </Button>
          </DialogActions>
        </form>
      )}
    </Dialog>
  );
}
