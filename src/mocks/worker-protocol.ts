import type { DemoBackend } from '@/lib/demo-backend';

import type { MockSettings } from './model';
import type { PersistedState } from './persistence';

/** What the page stored of the demo organization, handed to the worker. */
export interface StoredDemo {
  state: PersistedState | null;
  settings: Partial<MockSettings> | null;
}

/** The controls the page relays to the demo server, by name. */
export type ControlName = Exclude<
  keyof DemoBackend,
  'getSettings' | 'getFaultSwitch'
>;

/** Messages from the page to the demo server's worker. */
export type ToWorker =
  | { type: 'start'; origin: string; stored: StoredDemo }
  /** Another tab wrote the organization: read it again. */
  | { type: 'reload'; stored: StoredDemo }
  | {
      type: 'request';
      id: number;
      method: string;
      url: string;
      headers: [string, string][];
      body: ArrayBuffer | null;
    }
  | { type: 'control'; id: number; name: ControlName; args: unknown[] };

/** The worker's answers to the page's requests. */
export type RequestOutcome =
  | {
      type: 'response';
      id: number;
      status: number;
      statusText: string;
      headers: [string, string][];
      body: ArrayBuffer | null;
    }
  /** The request met the fault drill's "offline": no answer at all. */
  | { type: 'network-error'; id: number }
  /** No handler took the request; the page sends it to the network. */
  | { type: 'unhandled'; id: number };

/** Messages from the demo server's worker to the page. */
export type FromWorker =
  | RequestOutcome
  | { type: 'control-result'; id: number; value: unknown }
  /** Storage lives in the page: the worker asks it to keep these. */
  | { type: 'save-state'; state: PersistedState }
  | { type: 'save-settings'; settings: MockSettings }
  | { type: 'clear-state' };
