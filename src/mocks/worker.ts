// The demo SCIM server, in a worker of its own: seeding a large organization
// and answering for it never holds up the page, and its memory is not the
// console's, as a real server's would not be.
import './worker-storage';

import { getResponse } from 'msw';

import { createController } from './controller';
import { createHandlers } from './handlers';
import { wholeUserList } from './handlers/users';
import { scimError } from './http';
import type { MockSettings } from './model';
import type { PersistedState, Persistence } from './persistence';
import { MockStore } from './store';
import type { FromWorker, StoredDemo, ToWorker } from './worker-protocol';

const scope = self as unknown as {
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
  addEventListener(
    type: 'message',
    listener: (event: MessageEvent<ToWorker>) => void,
  ): void;
};

const post = (message: FromWorker, transfer: Transferable[] = []) =>
  scope.postMessage(message, transfer);

/** Keeps what the page stored, and asks the page to store each write. */
function relayedPersistence(stored: StoredDemo) {
  let state: PersistedState | null = stored.state;
  let settings: Partial<MockSettings> | null = stored.settings;
  const persistence: Persistence = {
    // The store adopts what it loads; hand it a copy so that a later reload
    // starts again from what was saved, not from what was changed since.
    loadState: () => (state ? structuredClone(state) : null),
    saveState: (next) => {
      state = next;
      post({ type: 'save-state', state: next });
    },
    loadSettings: () => settings,
    saveSettings: (next) => {
      settings = { ...next };
      post({ type: 'save-settings', settings: next });
    },
    clear: () => {
      state = null;
      post({ type: 'clear-state' });
    },
  };
  const replace = (next: StoredDemo) => {
    state = next.state;
    settings = next.settings;
  };
  return { persistence, replace };
}

let server: {
  store: MockStore;
  handlers: ReturnType<typeof createHandlers>;
  controller: ReturnType<typeof createController>;
  replace(stored: StoredDemo): void;
} | null = null;

scope.addEventListener('message', ({ data: message }) => {
  switch (message.type) {
    case 'start': {
      const { persistence, replace } = relayedPersistence(message.stored);
      const store = new MockStore(persistence);
      server = {
        store,
        handlers: createHandlers(store, `${message.origin}/scim`),
        controller: createController(store),
        replace,
      };
      // The console's first screen is the users list: have it written
      // before it is asked for, while the page is still starting.
      if (store.settings.profile === 'wandb') {
        setTimeout(() => wholeUserList(store, message.origin));
      }
      return;
    }
    case 'reload':
      server?.replace(message.stored);
      server?.store.reload();
      return;
    case 'request':
      void answer(message);
      return;
    case 'control':
      void runControl(message);
      return;
  }
});

async function answer(message: Extract<ToWorker, { type: 'request' }>) {
  const { id } = message;
  if (!server) return post({ type: 'unhandled', id });
  const request = new Request(message.url, {
    method: message.method,
    headers: message.headers,
    body: message.body,
  });
  let response: Response | undefined;
  try {
    response = await getResponse(server.handlers, request);
  } catch (error) {
    // A defect in the mock: answer as a server would, not leave it hanging.
    response = scimError(500, `The demo server failed: ${String(error)}`);
  }
  if (!response) return post({ type: 'unhandled', id });
  if (response.type === 'error') return post({ type: 'network-error', id });

  const body = response.body ? await response.arrayBuffer() : null;
  post(
    {
      type: 'response',
      id,
      status: response.status,
      statusText: response.statusText,
      headers: [...response.headers],
      body,
    },
    body ? [body] : [],
  );
}

async function runControl(message: Extract<ToWorker, { type: 'control' }>) {
  if (!server) return;
  const control = server.controller[message.name] as (
    ...args: unknown[]
  ) => unknown;
  const value = await control(...message.args);
  post({ type: 'control-result', id: message.id, value: value ?? null });
}
