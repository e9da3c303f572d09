import type { QueryClient } from '@tanstack/react-query';

import { chooseListStrategy } from '@/lib/list-strategy';
import { usersListQuery } from '@/lib/shared-queries';
import { serverFeaturesQuery } from '@/lib/use-server-features';

import { readView } from './list-view';
import { usersPageQuery } from './use-user-rows';

/**
 * Reads what the users list will show while its code still loads: the
 * server's features, then the whole list or the page in the URL. Failures
 * are left for the screen, which reads the same queries and reports them.
 */
export async function prefetchUsers(
  queryClient: QueryClient,
  search: URLSearchParams,
): Promise<void> {
  const features = await queryClient
    .fetchQuery(serverFeaturesQuery())
    .catch(() => undefined);
  await (chooseListStrategy(features) === 'server'
    ? queryClient.prefetchQuery(usersPageQuery(readView(search)))
    : queryClient.prefetchQuery(usersListQuery()));
}
