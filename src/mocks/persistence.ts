import type { MockSettings, MockState } from './model';

/** Where the mock keeps its state between page loads. */
export interface Persistence {
  loadState(): PersistedState | null;
  saveState(state: PersistedState): void;
  loadSettings(): Partial<MockSettings> | null;
  saveSettings(settings: MockSettings): void;
  clear(): void;
}

/**
 * What is kept of an organization: only what changed since its seed, which
 * the seed's size rebuilds. A 100,000-user organization is tens of megabytes
 * of JSON, far past browser storage, while an admin's changes are small.
 */
export interface PersistedState {
  format: 2;
  size: number;
  clock: number;
  seatLimits?: MockState['seatLimits'];
  /** Users written since the seed, and ids of seed users removed. */
  users: MockState['users'];
  removedUserIds: string[];
  /** Teams written since the seed. */
  teams: MockState['teams'];
  roles: MockState['roles'];
  serviceAccounts: MockState['serviceAccounts'];
}

const STATE_KEY = 'scim-console:demo-state:v2';
const SETTINGS_KEY = 'scim-console:demo-settings:v1';

/** Keeps nothing between stores: each starts from the seed. */
export function memoryPersistence(): Persistence {
  let state: PersistedState | null = null;
  let settings: MockSettings | null = null;
  return {
    loadState: () => (state ? structuredClone(state) : null),
    saveState: (next) => {
      state = structuredClone(next);
    },
    loadSettings: () => settings,
    saveSettings: (next) => {
      settings = { ...next };
    },
    clear: () => {
      state = null;
    },
  };
}

/** Keeps the demo organization's changes in the browser's storage. */
export function browserPersistence(storage: Storage): Persistence {
  function read<T>(key: string): T | null {
    try {
      const text = storage.getItem(key);
      return text ? (JSON.parse(text) as T) : null;
    } catch {
      // A corrupt or foreign entry: start again from the seed.
      return null;
    }
  }

  return {
    loadState: () => {
      const state = read<PersistedState>(STATE_KEY);
      return state?.format === 2 ? state : null;
    },
    saveState: (state) => {
      try {
        storage.setItem(STATE_KEY, JSON.stringify(state));
      } catch {
        // Storage is full (a change to most of a 100,000-user organization):
        // the server still answers from memory; the change lasts until a
        // reload rather than failing the admin's request.
      }
    },
    loadSettings: () => read<Partial<MockSettings>>(SETTINGS_KEY),
    saveSettings: (settings) =>
      storage.setItem(SETTINGS_KEY, JSON.stringify(settings)),
    clear: () => storage.removeItem(STATE_KEY),
  };
}
