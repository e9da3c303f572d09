import type { DemoBackend, FaultSwitch } from '@/lib/demo-backend';

import { DEFAULT_SETTINGS, type MockSettings } from './model';
import { browserPersistence } from './persistence';
import type {
  ControlName,
  FromWorker,
  RequestOutcome,
} from './worker-protocol';
import type { DemoWorker } from './worker-start';

declare global {
  interface Window {
    /** The demo server's controls, for fault drills and end-to-end tests. */
    scimDemo?: DemoBackend;
  }
}

interface Pending {
  resolve(response: Response | Promise<Response>): void;
  reject(reason: unknown): void;
  request: Request;
  body: ArrayBuffer | null;
}

/**
 * Answers this page's `/scim` requests from the demo server's worker, and
 * gives the console its controls. Requests sent while the worker seeds the
 * organization wait in its queue.
 */
export function startDemoBackend({
  worker,
  send,
  stored,
}: DemoWorker): DemoBackend & { fetch: typeof fetch } {
  const storage = browserPersistence(window.localStorage);

  // The page keeps what it may be asked synchronously; the worker is told.
  let settings: MockSettings = {
    ...DEFAULT_SETTINGS,
    ...storage.loadSettings(),
  };
  let faultSwitch: FaultSwitch = { latencyMs: 0, errorRate: 0, offline: false };
  const network = window.fetch.bind(window);
  const requests = new Map<number, Pending>();
  const controls = new Map<number, (value: unknown) => void>();
  let nextId = 1;

  worker.addEventListener('message', ({ data }: MessageEvent<FromWorker>) => {
    switch (data.type) {
      case 'save-state':
        storage.saveState(data.state);
        return;
      case 'save-settings':
        settings = { ...data.settings };
        storage.saveSettings(data.settings);
        return;
      case 'clear-state':
        storage.clear();
        return;
      case 'control-result':
        controls.get(data.id)?.(data.value);
        controls.delete(data.id);
        return;
      default:
        settle(data);
    }
  });

  function settle(data: RequestOutcome) {
    const pending = requests.get(data.id);
    if (!pending) return;
    requests.delete(data.id);
    if (data.type === 'network-error') {
      pending.reject(new TypeError('Failed to fetch'));
    } else if (data.type === 'unhandled') {
      const { request, body } = pending;
      pending.resolve(
        network(request.url, {
          method: request.method,
          headers: request.headers,
          body,
          signal: request.signal,
        }),
      );
    } else {
      pending.resolve(
        new Response(NO_BODY.has(data.status) ? null : data.body, {
          status: data.status,
          statusText: data.statusText,
          headers: data.headers,
        }),
      );
    }
  }

  const answer: typeof fetch = async (input, init) => {
    const request = new Request(
      input instanceof Request ? input : new URL(String(input), location.href),
      init,
    );
    request.signal.throwIfAborted();
    const body =
      request.method === 'GET' || request.method === 'HEAD'
        ? null
        : await request.arrayBuffer();
    const id = nextId++;
    return new Promise<Response>((resolve, reject) => {
      requests.set(id, { resolve, reject, request, body });
      request.signal.addEventListener(
        'abort',
        () => {
          requests.delete(id);
          reject(request.signal.reason);
        },
        { once: true },
      );
      send({
        type: 'request',
        id,
        method: request.method,
        url: request.url,
        headers: [...request.headers],
        // A copy goes to the worker; the page keeps one for the network.
        body: body ? body.slice(0) : null,
      });
    });
  };

  function control<T>(name: ControlName, ...args: unknown[]): Promise<T> {
    const id = nextId++;
    return new Promise<T>((resolve) => {
      controls.set(id, resolve as (value: unknown) => void);
      send({ type: 'control', id, name, args });
    });
  }

  // Every request this page makes to /scim (the console's, a test's, the
  // admin's own from the devtools) is answered by the demo server.
  window.fetch = (input, init) =>
    isScimRequest(input) ? answer(input, init) : network(input, init);
  void retireServiceWorkers();

  // Another tab saved the organization: take its writes before ours.
  window.addEventListener('storage', (event) => {
    if (!event.key?.startsWith('scim-console:demo-')) return;
    settings = { ...DEFAULT_SETTINGS, ...storage.loadSettings() };
    send({ type: 'reload', stored: stored() });
  });

  const backend: DemoBackend = {
    getSettings: () => ({ ...settings }),
    updateSettings: (changes) => {
      settings = { ...settings, ...changes };
      void control('updateSettings', changes);
    },
    reset: () => void control('reset'),
    injectFault: (fault) => void control('injectFault', fault),
    clearFaults: () => void control('clearFaults'),
    setLatency: (ms) => {
      faultSwitch = { ...faultSwitch, latencyMs: Math.max(0, ms) };
      void control('setLatency', ms);
    },
    getFaultSwitch: () => ({ ...faultSwitch }),
    setFaultSwitch: (changes) => {
      faultSwitch = clampFaults({ ...faultSwitch, ...changes });
      void control('setFaultSwitch', changes);
    },
    createLargeTeam: (name, size) =>
      control<string>('createLargeTeam', name, size),
  };
  window.scimDemo = backend;
  return { ...backend, fetch: answer };
}

// Statuses whose answers carry no body; a Response refuses one.
const NO_BODY = new Set([101, 204, 205, 304]);

function clampFaults({ latencyMs, errorRate, offline }: FaultSwitch) {
  return {
    latencyMs: Math.max(0, latencyMs),
    errorRate: Math.min(1, Math.max(0, errorRate)),
    offline,
  };
}

function isScimRequest(input: RequestInfo | URL): boolean {
  const url = new URL(
    input instanceof Request ? input.url : String(input),
    location.href,
  );
  return url.origin === location.origin && url.pathname.startsWith('/scim');
}

// Earlier versions registered a mock service worker; it would keep
// standing between the page and its scripts.
async function retireServiceWorkers(): Promise<void> {
  const registrations =
    (await navigator.serviceWorker?.getRegistrations().catch(() => [])) ?? [];
  await Promise.all(
    registrations
      .filter((registration) =>
        registration.active?.scriptURL.endsWith('/mockServiceWorker.js'),
      )
      .map((registration) => registration.unregister()),
  );
}
