import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

import { useConnection } from '@/lib/connection';
import { getDemoBackend } from '@/lib/demo-backend';
import { usePageTitle } from '@/lib/use-page-title';

import { ConnectPanel } from './connect-panel';
import { DemoSettingsPanel } from './demo-settings-panel';
import { FaultSwitchPanel } from './fault-switch-panel';
import { LiveServerPanel } from './live-server-panel';
import { ServerCapabilities } from './server-capabilities';

/** `/settings`: which server the console is on, imitates or talks to. */
export function SettingsPage() {
  usePageTitle('Settings');
  const connection = useConnection();
  const backend = getDemoBackend();

  return (
    <>
      <Typography variant="h4" component="h1" sx={{ mb: 2 }}>
        Settings
      </Typography>
      <Stack spacing={3}>
        {connection.kind !== 'demo' ? (
          <LiveServerPanel connection={connection} />
        ) : backend ? (
          <>
            <DemoSettingsPanel backend={backend} />
            <FaultSwitchPanel backend={backend} />
          </>
        ) : null}
        <ServerCapabilities />
        <ConnectPanel />
      </Stack>
    </>
  );
}
