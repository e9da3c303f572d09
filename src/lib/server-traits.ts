import { useSyncExternalStore } from 'react';

export type Deployment = 'dedicated' | 'multi-tenant';
export type ApiGeneration = 'current' | 'legacy';

/** What the console knows of the server it manages. */
export interface ServerTraits {
  deployment: Deployment;
  generation: ApiGeneration;
}

let traits: ServerTraits = { deployment: 'dedicated', generation: 'current' };
const listeners = new Set<() => void>();

export function getServerTraits(): ServerTraits {
  return traits;
}

/** Records a change of server or of its settings; screens re-render. */
export function setServerTraits(changes: Partial<ServerTraits>): void {
  traits = { ...traits, ...changes };
  for (const listener of listeners) listener();
}

export function useServerTraits(): ServerTraits {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, getServerTraits);
}

/**
 * What the server can do, each with the reason it cannot, so that controls
 * are disabled with their reason before the admin tries (scim-contract.md).
 */
export function capabilities(server: ServerTraits) {
  const multiTenant = server.deployment === 'multi-tenant';
  const onMultiTenant = (what: string) =>
    `${what} is not possible on Multi-tenant Cloud.`;
  return {
    editEmail: multiTenant ? onMultiTenant('Changing the email') : null,
    editDisplayName: multiTenant
      ? onMultiTenant('Changing the display name')
      : null,
    seats: multiTenant
      ? onMultiTenant('Setting the Models seat or Weave role')
      : null,
    reactivate: multiTenant ? onMultiTenant('Re-enabling a user') : null,
    teamsOnCreate: multiTenant
      ? null
      : 'Teams are chosen at creation only on Multi-tenant Cloud; add the user to teams afterwards.',
    remove:
      server.generation === 'legacy'
        ? 'On this server DELETE deactivates; remove deactivated users from the organization in the W&B app.'
        : null,
    /** Multi-tenant Cloud takes a deactivated user out of the organization. */
    // Legacy servers deactivate with DELETE, which keeps the user listed.
    deactivationRemoves: multiTenant && server.generation !== 'legacy',
    deactivationUsesDelete: server.generation === 'legacy',
  };
}

export type Capabilities = ReturnType<typeof capabilities>;
