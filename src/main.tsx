import './app/global.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app/app';
import { createRouter } from './app/router';
import { startConnection } from './lib/connection';
import { registerDemoBackend } from './lib/demo-backend';
import { loadRuntimeConfig } from './lib/runtime-config';
import { routeRequestsThrough } from './lib/scim-client';
import { setServerTraits } from './lib/server-traits';

async function boot(): Promise<void> {
  // The router starts loading the first screen's code at once, while the
  // mode is asked for and, in demo mode, the demo server starts.
  const router = createRouter();

  // One build serves both modes: the server that serves the page says which.
  // Live mode never loads the mock, so that its first load carries none.
  const config = await loadRuntimeConfig();
  if (config.mode === 'live') {
    startConnection({
      kind: 'proxy',
      server: config.server,
      auth: config.auth,
      username: config.username,
    });
    setServerTraits({
      deployment: config.deployment ?? 'dedicated',
      generation: config.generation ?? 'current',
    });
  } else {
    // Demo mode runs the SCIM server in a worker; requests sent before it
    // has seeded the organization wait for it there.
    const { startDemoBackend } = await import('./mocks/browser');
    const backend = startDemoBackend();
    registerDemoBackend(backend);
    routeRequestsThrough(backend.fetch);
    startConnection({ kind: 'demo' });
    const { deployment, generation } = backend.getSettings();
    setServerTraits({ deployment, generation });
  }

  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element.');
  createRoot(root).render(
    <StrictMode>
      <App router={router} />
    </StrictMode>,
  );
}

void boot();
