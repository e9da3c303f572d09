import './global.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { startConnection } from '@/lib/connection';
import { registerDemoBackend } from '@/lib/demo-backend';
import { createQueryClient } from '@/lib/query-client';
import type { RuntimeConfig } from '@/lib/runtime-config';
import { routeRequestsThrough } from '@/lib/scim-client';
import { setServerTraits } from '@/lib/server-traits';
import { startDemoBackend } from '@/mocks/browser';
import type { DemoWorker } from '@/mocks/worker-start';

import { App } from './app';
import { createRouter } from './router';

/**
 * Starts the console in the mode the page was served in; in demo mode the
 * demo server's worker is already running.
 */
export function startConsole(
  config: RuntimeConfig,
  demoWorker: DemoWorker | null,
): void {
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
  } else if (demoWorker) {
    const backend = startDemoBackend(demoWorker);
    registerDemoBackend(backend);
    routeRequestsThrough(backend.fetch);
    startConnection({ kind: 'demo' });
    const { deployment, generation } = backend.getSettings();
    setServerTraits({ deployment, generation });
  }

  // Once requests have somewhere to go, the router starts loading the first
  // screen's code and its data, before the first render.
  const queryClient = createQueryClient();
  const router = createRouter(queryClient);

  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element.');
  createRoot(root).render(
    <StrictMode>
      <App router={router} queryClient={queryClient} />
    </StrictMode>,
  );
}
