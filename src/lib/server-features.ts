import type { ServiceProviderConfig } from '@/scim';

/** What the console knows the server can do with lists and writes. */
export interface ServerFeatures {
  /** Where it learnt them, shown beside them in Settings. */
  source: 'service-provider-config' | 'deployment';
  /** The RFC 7644 filter grammar (`co`, `and`, `or`…), not only `eq`. */
  filter: boolean;
  sort: boolean;
  /** Honours `startIndex` and `count`. */
  paging: boolean;
  etag: boolean;
  bulk: boolean;
  patch: boolean;
}

// W&B's API, both deployments: every list whole in one answer, only the
// documented `eq` filters, no sort, ETags on every resource.
const W_AND_B: Omit<ServerFeatures, 'source'> = {
  filter: false,
  sort: false,
  paging: false,
  etag: true,
  bulk: false,
  patch: true,
};

/** One page of one asked for, as a server answered it. */
export interface PagingProbe {
  returned: number;
  totalResults: number;
}

/**
 * Puts together what the server told and what the probes found. With a
 * ServiceProviderConfig its word counts, and paging is what a one-item page
 * showed; without one the server is taken for W&B's (the Deployment
 * setting's world), with a filter only if a `co` probe was answered.
 */
export function detectFeatures(found: {
  config: ServiceProviderConfig | null;
  paging: PagingProbe | null;
  filterProbe: boolean;
}): ServerFeatures {
  if (!found.config) {
    return { ...W_AND_B, source: 'deployment', filter: found.filterProbe };
  }
  const { config, paging } = found;
  return {
    source: 'service-provider-config',
    filter: config.filter,
    sort: config.sort,
    // A server that ignores `count` answers more than the one item asked.
    paging: paging !== null && paging.returned <= 1,
    etag: config.etag,
    bulk: config.bulk,
    patch: config.patch,
  };
}
