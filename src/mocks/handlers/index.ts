import type { MockStore } from '../store';
import { groupHandlers } from './groups';
import { roleHandlers } from './roles';
import { serviceAccountHandlers } from './service-accounts';
import { userHandlers } from './users';

/** Every endpoint of the mock SCIM server, bound to one store. */
export function createHandlers(store: MockStore, base = '*/scim') {
  return [
    ...userHandlers(store, base),
    ...roleHandlers(store, base),
    ...groupHandlers(store, base),
    ...serviceAccountHandlers(store, base),
  ];
}
