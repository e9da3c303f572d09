import type { MockStore } from '../store';
import { roleHandlers } from './roles';
import { userHandlers } from './users';

/** Every endpoint of the mock SCIM server, bound to one store. */
export function createHandlers(store: MockStore, base = '*/scim') {
  return [...userHandlers(store, base), ...roleHandlers(store, base)];
}
