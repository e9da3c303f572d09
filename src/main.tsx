import { preloadScreen } from './app/screens';
import { loadRuntimeConfig } from './lib/runtime-config';
import { startDemoWorker } from './mocks/worker-start';

// This first script is small on purpose. The console's code, and the first
// screen's, are asked for at once; while they load, the page learns its mode (one build serves both)
// and, in demo mode, starts the demo server, whose seeding then overlaps
// the console's own start. Live mode never starts it, nor loads its code.
async function boot(): Promise<void> {
  const app = import('./app/start');
  preloadScreen(location.pathname);
  const config = await loadRuntimeConfig();
  const demoWorker = config.mode === 'demo' ? startDemoWorker() : null;
  (await app).startConsole(config, demoWorker);
}

void boot();
