import type { ServerFeatures } from './server-features';

/**
 * Where a list is searched, sorted and paged: on the server, one page per
 * request, or in the browser over the whole list read once (W&B).
 */
export type ListStrategy = 'server' | 'browser';

/**
 * The server does the work only when it can do all of it: a list that the
 * server pages but cannot sort or search would show other rows than the
 * admin asked for. Until the features are known, the browser does it, which
 * works with every server.
 */
export function chooseListStrategy(
  features: ServerFeatures | undefined,
): ListStrategy {
  if (!features) return 'browser';
  return features.paging && features.filter && features.sort
    ? 'server'
    : 'browser';
}
