import type { MockSettings, MockState } from './model';

/** Where the mock keeps its state between page loads. */
export interface Persistence {
  loadState(): MockState | null;
  saveState(state: MockState): void;
  loadSettings(): Partial<MockSettings> | null;
  saveSettings(settings: MockSettings): void;
  clear(): void;
}

const STATE_KEY = 'scim-console:demo-state:v1';
const SETTINGS_KEY = 'scim-console:demo-settings:v1';

/** Keeps nothing: each new store starts from the seed (unit tests, servers). */
export function memoryPersistence(): Persistence {
  let state: MockState | null = null;
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

/** Keeps the demo organization in the browser's storage across reloads. */
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
    loadState: () => read<MockState>(STATE_KEY),
    saveState: (state) => storage.setItem(STATE_KEY, JSON.stringify(state)),
    loadSettings: () => read<Partial<MockSettings>>(SETTINGS_KEY),
    saveSettings: (settings) =>
      storage.setItem(SETTINGS_KEY, JSON.stringify(settings)),
    clear: () => storage.removeItem(STATE_KEY),
  };
}
