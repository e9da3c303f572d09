import type { MockStore } from '../store';
import { discoveryHandlers } from './discovery';
import { groupHandlers } from './groups';
import { rfcGroupHandlers } from './rfc-groups';
import { rfcUserHandlers } from './rfc-users';
import { roleHandlers } from './roles';
import { serviceAccountHandlers } from './service-accounts';
import { userHandlers } from './users';

/** Every endpoint of the mock SCIM server, bound to one store. */
export function createHandlers(store: MockStore, base = '*/scim') {
  // The rfc profile's handlers come first: in the wandb profile they answer
  // nothing and W&B's handlers for the same routes take the request.
  return [
    ...discoveryHandlers(store, base),
    ...rfcUserHandlers(store, base),
    ...rfcGroupHandlers(store, base),
    ...userHandlers(store, base),
    ...roleHandlers(store, base),
    ...groupHandlers(store, base),
    ...serviceAccountHandlers(store, base),
  ];
}
