import { browserPersistence } from './persistence';
import type { StoredDemo, ToWorker } from './worker-protocol';

/** The demo server's worker, started; the bridge talks to it. */
export interface DemoWorker {
  worker: Worker;
  send(message: ToWorker, transfer?: Transferable[]): void;
  /** What the page stores of the demo organization, read now. */
  stored(): StoredDemo;
}

/**
 * Starts the demo SCIM server in a worker and hands it the organization's
 * stored changes. Called as soon as the page knows it runs the demo, before
 * the console's own code has loaded: seeding 100,000 users takes a while,
 * and meanwhile the page has its own work to do.
 */
export function startDemoWorker(): DemoWorker {
  const storage = browserPersistence(window.localStorage);
  const worker = new Worker(new URL('./worker.ts', import.meta.url), {
    type: 'module',
    name: 'demo SCIM server',
  });
  const send = (message: ToWorker, transfer: Transferable[] = []) =>
    worker.postMessage(message, transfer);
  const stored = (): StoredDemo => ({
    state: storage.loadState(),
    settings: storage.loadSettings(),
  });
  send({ type: 'start', origin: location.origin, stored: stored() });
  return { worker, send, stored };
}
