import { setupServer } from 'msw/node';

import { createHandlers } from './handlers';
import { MockStore } from './store';

/** A mock SCIM server for unit tests, with a fresh seeded store. */
export function createTestServer(store = new MockStore()) {
  return { store, server: setupServer(...createHandlers(store)) };
}
