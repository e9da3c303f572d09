import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';

import { useNotify } from '@/components/notifications';
import { clearAccessProblem } from '@/lib/access-problem';
import {
  connectInBrowser,
  disconnect,
  getConnection,
  useConnection,
} from '@/lib/connection';
import { getDemoBackend } from '@/lib/demo-backend';
import { setServerTraits } from '@/lib/server-traits';
import { serverFeaturesQuery } from '@/lib/use-server-features';
import { describeError, ScimError } from '@/scim';

import { readConnectForm } from './connect-form';

/**
 * Connect from the browser to a SCIM server that allows CORS. The key is
 * kept in this tab's memory only: never in storage, a URL or a log.
 */
export function ConnectPanel() {
  const connection = useConnection();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [server, setServer] = useState('');
  const [auth, setAuth] = useState<'bearer' | 'basic'>('bearer');
  const [key, setKey] = useState('');
  const [username, setUsername] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function startAfresh() {
    clearAccessProblem();
    queryClient.clear();
  }

  function leave() {
    disconnect();
    startAfresh();
    // Back on the demo, the console takes its server for what it imitates.
    const demo = getConnection().kind === 'demo' ? getDemoBackend() : null;
    if (demo) {
      const { deployment, generation } = demo.getSettings();
      setServerTraits({ deployment, generation });
    }
  }

  async function connect(event: FormEvent) {
    event.preventDefault();
    const form = readConnectForm({ server, auth, key, username });
    if (!form.ok) {
      setProblem(form.problem);
      return;
    }
    setBusy(true);
    setProblem(null);
    connectInBrowser(form.server, form.auth);
    startAfresh();
    try {
      await queryClient.fetchQuery(serverFeaturesQuery());
      setKey('');
      notify.success(`Connected to ${new URL(form.server).host}.`);
    } catch (error) {
      leave();
      setProblem(
        `Could not connect: ${describeError(error)}${unreachable(error)}`,
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper variant="outlined" sx={{ p: 3, maxWidth: 640 }}>
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
        Live connection
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 3 }}>
        For a SCIM server that allows this page&apos;s origin (CORS). Otherwise
        serve the console with SCIM_URL and SCIM_API_KEY set, so that a local
        proxy holds the key.
      </Typography>
      <Stack component="form" spacing={3} onSubmit={connect} noValidate>
        <TextField
          label="Server URL"
          value={server}
          onChange={(event) => setServer(event.target.value)}
          placeholder="https://example.wandb.io/scim"
          autoComplete="url"
        />
        <TextField
          select
          label="Authentication"
          value={auth}
          onChange={(event) =>
            setAuth(event.target.value === 'basic' ? 'basic' : 'bearer')
          }
        >
          <MenuItem value="bearer">Bearer API key</MenuItem>
          <MenuItem value="basic">Basic (username and API key)</MenuItem>
        </TextField>
        <TextField
          label="API key"
          type="password"
          value={key}
          onChange={(event) => setKey(event.target.value)}
          autoComplete="off"
        />
        <TextField
          label="Username"
          value={username}
          onChange={(event) => setUsername(event.target.value)}
          disabled={auth !== 'basic'}
          helperText="Basic only; leave empty for an org service account."
          autoComplete="off"
        />
        {problem ? (
          <Alert severity="error" role="alert">
            {problem}
          </Alert>
        ) : null}
        <Stack direction="row" spacing={1}>
          <Button type="submit" variant="contained" disabled={busy}>
            Connect
          </Button>
          {connection.kind === 'browser' ? (
            <Button onClick={leave}>Disconnect</Button>
          ) : null}
        </Stack>
      </Stack>
    </Paper>
  );
}

function unreachable(error: unknown): string {
  return error instanceof ScimError && error.status === 0
    ? ' The server may not allow calls from this page (CORS); use the local proxy instead.'
    : '';
}
