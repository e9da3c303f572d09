import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
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
import { type DemoSettings, getDemoBackend } from '@/lib/demo-backend';
import { setServerTraits } from '@/lib/server-traits';
import { usePageTitle } from '@/lib/use-page-title';

import { FaultSwitchPanel } from './fault-switch-panel';

const DEMO_SIZES = [250, 10_000, 100_000];

/** `/settings`: which server the console imitates or talks to. */
export function SettingsPage() {
  usePageTitle('Settings');
  const backend = getDemoBackend();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [settings, setSettings] = useState(() => backend?.getSettings());
  const [confirmReset, setConfirmReset] = useState(false);
  const [pendingSize, setPendingSize] = useState<number | null>(null);

  function change(changes: Partial<DemoSettings>) {
    if (!backend) return;
    backend.updateSettings(changes);
    const next = backend.getSettings();
    setSettings(next);
    setServerTraits({
      deployment: next.deployment,
      generation: next.generation,
    });
    // The same resources read differently under another server profile.
    void queryClient.invalidateQueries();
    notify.success('Demo server settings saved.');
  }

  function reset() {
    backend?.reset();
    queryClient.clear();
    setConfirmReset(false);
    notify.success('Demo data reset to the seed organization.');
  }

  return (
    <>
      <Typography variant="h4" component="h1" sx={{ mb: 2 }}>
        Settings
      </Typography>

      {!backend || !settings ? (
        <Alert severity="info">
          The console is connected to a live server; demo settings do not apply.
        </Alert>
      ) : (
        <Paper variant="outlined" sx={{ p: 3, maxWidth: 640 }}>
          <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
            Demo server
          </Typography>
          <Typography color="text.secondary" sx={{ mb: 3 }}>
            The console runs on a mock SCIM server in this browser. Choose which
            W&amp;B server it behaves like.
          </Typography>
          <Stack spacing={3}>
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
            <TextField
              select
              label="Demo organization size"
              value={settings.size}
              onChange={(event) => setPendingSize(Number(event.target.value))}
              helperText="A new size starts a new demo organization of that size."
            >
              {DEMO_SIZES.map((size) => (
                <MenuItem key={size} value={size}>
                  {size.toLocaleString('en')} users
                </MenuItem>
              ))}
            </TextField>
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
        </Paper>
      )}
      {backend ? (
        <Box sx={{ mt: 3 }}>
          <FaultSwitchPanel backend={backend} />
        </Box>
      ) : null}

      <ConfirmDialog
        open={pendingSize !== null}
        title="Change the demo organization's size?"
        confirmLabel="Change size"
        destructive
        onConfirm={() => {
          if (pendingSize !== null) change({ size: pendingSize });
          queryClient.clear();
          setPendingSize(null);
        }}
        onClose={() => setPendingSize(null)}
      >
        <DialogContentText>
          The console switches to a new demo organization of{' '}
          {pendingSize?.toLocaleString('en')} users. Changes made in the current
          one are discarded.
        </DialogContentText>
      </ConfirmDialog>

      <ConfirmDialog
        open={confirmReset}
        title="Reset demo data?"
        confirmLabel="Reset"
        destructive
        onConfirm={reset}
        onClose={() => setConfirmReset(false)}
      >
        <DialogContentText>
          Every change to the demo organization is discarded and it goes back to
          its seed: {settings?.size ?? 250} users, their teams and custom roles.
        </DialogContentText>
      </ConfirmDialog>
    </>
  );
}
