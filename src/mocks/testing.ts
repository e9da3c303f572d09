import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';

import { createScimClient } from '@/scim';

import type { MockSettings } from './model';
import { createTestServer } from './node';
import { MockStore } from './store';

/** Where unit tests reach the mock server. */
export const TEST_BASE = 'http://scim.test/scim';

/**
 * The mock SCIM server for one test file, under MSW's node server: each
 * test starts from the seed with W&B's default settings (or `settings`),
 * and unhandled requests fail the test.
 */
export function setupMockScimServer(settings: Partial<MockSettings> = {}) {
  const store = new MockStore();
  const { server } = createTestServer(store);
  const client = createScimClient({ baseUrl: TEST_BASE });

  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => {
    store.updateSettings({
      profile: 'wandb',
      deployment: 'dedicated',
      generation: 'current',
      ...settings,
    });
    store.reset();
    store.clearFaults();
  });
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  return { store, server, client };
}
