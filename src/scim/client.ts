import { discoveryCalls } from './discovery';
import { groupCalls } from './groups';
import { roleCalls } from './roles';
import { serviceAccountCalls } from './service-accounts';
import { createTransport, type ScimClientOptions } from './transport';
import { userCalls } from './users';

export * from './transport';

/**
 * A typed SCIM client. Every method resolves to parsed, validated data or
 * rejects with a ScimError; nothing else escapes it.
 */
export function createScimClient(options: ScimClientOptions) {
  const send = createTransport(options);
  return {
    ...userCalls(send),
    ...roleCalls(send),
    ...groupCalls(send),
    ...serviceAccountCalls(send),
    ...discoveryCalls(send),
  };
}

export type ScimClient = ReturnType<typeof createScimClient>;
