import './app/global.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app/app';
import { registerDemoBackend } from './lib/demo-backend';
import { routeRequestsThrough } from './lib/scim-client';
import { setServerTraits } from './lib/server-traits';

async function boot(): Promise<void> {
  // Demo mode runs the SCIM server in this page; it must answer before the
  // first request leaves, so it starts before the first render.
  if (import.meta.env.VITE_CONSOLE_MODE !== 'live') {
    const { startDemoBackend } = await import('./mocks/browser');
    const backend = await startDemoBackend();
    registerDemoBackend(backend);
    routeRequestsThrough(backend.fetch);
    const { deployment, generation } = backend.getSettings();
    setServerTraits({ deployment, generation });
  }

  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element.');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void boot();
