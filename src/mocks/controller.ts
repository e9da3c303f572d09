import type { DemoBackend } from '@/lib/demo-backend';

import { buildLargeTeam } from './rules/group-large';
import type { MockStore } from './store';

/** The console-facing controls of a mock store. */
export function createController(store: MockStore): DemoBackend {
  return {
    getSettings: () => ({ ...store.settings }),
    updateSettings: (changes) => store.updateSettings(changes),
    reset: () => store.reset(),
    injectFault: (fault) => store.injectFault(fault),
    clearFaults: () => store.clearFaults(),
    setLatency: (ms) => {
      store.latencyMs = Math.max(0, ms);
    },
    getFaultSwitch: () => ({
      latencyMs: store.latencyMs,
      errorRate: store.errorRate,
      offline: store.offline,
    }),
    setFaultSwitch: ({ latencyMs, errorRate, offline }) => {
      if (latencyMs !== undefined) store.latencyMs = Math.max(0, latencyMs);
      if (errorRate !== undefined) {
        store.errorRate = Math.min(1, Math.max(0, errorRate));
      }
      if (offline !== undefined) store.offline = offline;
    },
    createLargeTeam: (name, size) =>
      Promise.resolve(buildLargeTeam(store, name, size)),
  };
}
