import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';

import type { Connection } from '@/lib/connection';
import {
  type ApiGeneration,
  type Deployment,
  setServerTraits,
  useServerTraits,
} from '@/lib/server-traits';

type LiveConnection = Exclude<Connection, { kind: 'demo' }>;

/**
 * The live server the console is on, and what the admin tells the console
 * about it: SCIM does not say which W&B deployment or API generation a
 * server is, and the console adapts its screens to both.
 */
export function LiveServerPanel({
  connection,
}: {
  connection: LiveConnection;
}) {
  const traits = useServerTraits();
  const signIn =
    connection.auth === 'bearer'
      ? 'a bearer API key'
      : connection.username
        ? `Basic auth as ${connection.username}`
        : 'Basic auth as an org service account';

  return (
    <Paper variant="outlined" sx={{ p: 3, maxWidth: 640 }}>
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
        Live server
      </Typography>
      <Typography sx={{ mb: 3 }}>
        {connection.kind === 'proxy'
          ? `Connected to ${connection.server} through the local proxy, with ${signIn}. The key stays in the proxy's environment.`
          : `Connected to ${connection.server} from this browser, with ${signIn}. The key is held in this tab's memory only and is gone on reload.`}
      </Typography>
      <Stack spacing={3}>
        <TextField
          select
          label="Deployment"
          value={traits.deployment}
          onChange={(event) =>
            setServerTraits({ deployment: event.target.value as Deployment })
          }
          helperText="Multi-tenant Cloud removes deactivated users and cannot re-enable them or change names and emails."
        >
          <MenuItem value="dedicated">Dedicated / Self-Managed</MenuItem>
          <MenuItem value="multi-tenant">Multi-tenant Cloud</MenuItem>
        </TextField>
        <TextField
          select
          label="API generation"
          value={traits.generation}
          onChange={(event) =>
            setServerTraits({ generation: event.target.value as ApiGeneration })
          }
          helperText="Servers before 0.56 deactivate users with DELETE."
        >
          <MenuItem value="current">current</MenuItem>
          <MenuItem value="legacy">legacy</MenuItem>
        </TextField>
      </Stack>
    </Paper>
  );
}
