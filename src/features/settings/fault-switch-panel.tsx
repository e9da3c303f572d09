import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';

import type { DemoBackend, FaultSwitch } from '@/lib/demo-backend';

const LATENCIES = [0, 300, 1000, 3000];
const ERROR_RATES = [0, 0.1, 0.3, 1];

/**
 * Fault drills on the demo server: slow answers, failures, no network. They
 * last until the page reloads, so a forgotten drill does not linger.
 */
export function FaultSwitchPanel({ backend }: { backend: DemoBackend }) {
  const [faults, setFaults] = useState<FaultSwitch>(() =>
    backend.getFaultSwitch(),
  );

  function change(changes: Partial<FaultSwitch>) {
    backend.setFaultSwitch(changes);
    setFaults(backend.getFaultSwitch());
  }

  return (
    <Paper variant="outlined" sx={{ p: 3, maxWidth: 640 }}>
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
        Fault drills
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 3 }}>
        See how the console behaves when the server is slow, fails or cannot be
        reached. Drills end when the page reloads.
      </Typography>
      <Stack spacing={3}>
        <TextField
          select
          label="Latency"
          value={faults.latencyMs}
          onChange={(event) =>
            change({ latencyMs: Number(event.target.value) })
          }
        >
          {LATENCIES.map((ms) => (
            <MenuItem key={ms} value={ms}>
              {ms === 0 ? 'None' : `${ms} ms`}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label="Error rate"
          value={faults.errorRate}
          onChange={(event) =>
            change({ errorRate: Number(event.target.value) })
          }
          helperText="Share of requests answered with a 503."
        >
          {ERROR_RATES.map((rate) => (
            <MenuItem key={rate} value={rate}>
              {rate === 0 ? 'None' : `${Math.round(rate * 100)}%`}
            </MenuItem>
          ))}
        </TextField>
        <FormControlLabel
          control={
            <Switch
              checked={faults.offline}
              onChange={(event) => change({ offline: event.target.checked })}
            />
          }
          label="Offline"
        />
      </Stack>
    </Paper>
  );
}
