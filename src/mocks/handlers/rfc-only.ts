import { guarded } from '../http';
import type { MockStore } from '../store';

type Resolver = Parameters<typeof guarded>[1];
type Info = Parameters<Resolver>[0];

/**
 * A resolver that answers only in the rfc profile. In the wandb profile it
 * answers nothing, so that MSW hands the request on to W&B's own handler
 * for the same route: the RFC behaviour is a layer over W&B's.
 */
export function inRfcProfile(store: MockStore, resolve: Resolver) {
  const answer = guarded(store, resolve);
  return (info: Info) =>
    store.settings.profile === 'rfc' ? answer(info) : undefined;
}
