import { queryOptions, useQuery } from '@tanstack/react-query';

import { ScimError, type ServiceProviderConfig } from '@/scim';

import { serverKeys } from './query-keys';
import { scim } from './scim-client';
import { detectFeatures, type PagingProbe } from './server-features';

/**
 * What the server can do: its /ServiceProviderConfig where it has one, with
 * a one-item page to see whether it pages; else W&B's behaviour, with a
 * cheap `co` probe for filters. Read once per connection.
 */
export const serverFeaturesQuery = () =>
  queryOptions({
    queryKey: serverKeys.features(),
    staleTime: Infinity,
    queryFn: async ({ signal }) => {
      const config = await readConfig(signal);
      const paging = config ? await probePaging(signal) : null;
      const filterProbe = config ? false : await probeFilter(signal);
      return detectFeatures({ config, paging, filterProbe });
    },
  });

export function useServerFeatures() {
  return useQuery(serverFeaturesQuery());
}

// A server without discovery answers 404 (W&B), 501 or 400; credentials
// problems and outages are not an answer and surface as they are.
function isAbsent(error: unknown): boolean {
  return (
    error instanceof ScimError && [400, 404, 405, 501].includes(error.status)
  );
}

async function readConfig(
  signal: AbortSignal,
): Promise<ServiceProviderConfig | null> {
  try {
    return await scim.getServiceProviderConfig(signal);
  } catch (error) {
    if (isAbsent(error)) return null;
    throw error;
  }
}

async function probePaging(signal: AbortSignal): Promise<PagingProbe> {
  const page = await scim.listUsers({ startIndex: 1, count: 1 }, signal);
  return { returned: page.items.length, totalResults: page.totalResults };
}

async function probeFilter(signal: AbortSignal): Promise<boolean> {
  try {
    await scim.listUsers({ filter: 'userName co "~probe~"', count: 1 }, signal);
    return true;
  } catch (error) {
    if (isAbsent(error)) return false;
    throw error;
  }
}
