import Button from '@mui/material/Button';
import DialogContentText from '@mui/material/DialogContentText';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import { ConfirmDialog } from '@/components/confirm-dialog';
import { useNotify } from '@/components/notifications';
import type { DemoBackend, DemoSettings } from '@/lib/demo-backend';
import { setServerTraits } from '@/lib/server-traits';

import { DemoSizeField } from './demo-size-field';

/** The demo server's settings: which server the in-page mock imitates. */
export function DemoSettingsPanel({ backend }: { backend: DemoBackend }) {
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [settings, setSettings] = useState(() => backend.getSettings());
  const [confirmReset, setConfirmReset] = useState(false);

  function change(changes: Partial<DemoSettings>) {
    backend.updateSettings(changes);
    const next = backend.getSettings();
    setSettings(next);
    setServerTraits({
      deployment: next.deployment,
      generation: next.generation,
    });
    // The same resources read differently under another server profile,
    // and the server's features may change with it: read everything again.
    void queryClient.resetQueries();
    notify.success('Demo server settings saved.');
  }

  function reset() {
    backend.reset();
    void queryClient.resetQueries();
    setConfirmReset(false);
    notify.success('Demo data reset to the seed organization.');
  }

  return (
    <Paper variant="outlined" sx={{ p: 3, maxWidth: 640 }}>
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
        Demo server
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 3 }}>
        The console runs on a mock SCIM server in this browser. Choose which
        server it behaves like.
      </Typography>
      <Stack spacing={3}>
        <TextField
          select
          label="Server profile"
          value={settings.profile}
          onChange={(event) =>
            change({ profile: event.target.value as DemoSettings['profile'] })
          }
          helperText="RFC 7644 filters, sorts and pages on the server, and answers in the RFC's shapes; W&B answers every list whole."
        >
          <MenuItem value="wandb">W&amp;B</MenuItem>
          <MenuItem value="rfc">RFC 7644</MenuItem>
        </TextField>
        <TextField
          select
          label="Deployment"
          value={settings.deployment}
          onChange={(event) =>
            change({
              deployment: event.target.value as DemoSettings['deployment'],
            })
          }
          helperText="Multi-tenant Cloud removes deactivated users and cannot re-enable them or change names and emails."
        >
          <MenuItem value="dedicated">Dedicated / Self-Managed</MenuItem>
          <MenuItem value="multi-tenant">Multi-tenant Cloud</MenuItem>
        </TextField>
        <TextField
          select
          label="API generation"
          value={settings.generation}
          onChange={(event) =>
            change({
              generation: event.target.value as DemoSettings['generation'],
            })
          }
          helperText="Servers before 0.56 deactivate users with DELETE."
        >
          <MenuItem value="current">current</MenuItem>
          <MenuItem value="legacy">legacy</MenuItem>
        </TextField>
        <DemoSizeField
          size={settings.size}
          onChange={(size) => change({ size })}
        />
        <div>
          <Button
            variant="outlined"
            color="error"
            onClick={() => setConfirmReset(true)}
          >
            Reset demo data
          </Button>
        </div>
      </Stack>

      <ConfirmDialog
        open={confirmReset}
        title="Reset demo data?"
        confirmLabel="Reset"
        destructive
        onConfirm={reset}
        onClose={() => setConfirmReset(false)}
      >
        <DialogContentText>
          Every change made in demo mode is discarded and the demo organization
          goes back to its seed: {settings.size} users, their teams and custom
          roles.
        </DialogContentText>
      </ConfirmDialog>
    </Paper>
  );
}
