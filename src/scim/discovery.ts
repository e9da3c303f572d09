import { isRecord, lowerKeys } from './read-fields';
import type { Send } from './transport';

/**
 * What a server says it supports in its /ServiceProviderConfig
 * (RFC 7643 section 5), in the console's own shape.
 */
export interface ServiceProviderConfig {
  patch: boolean;
  bulk: boolean;
  filter: boolean;
  /** The most a filtered list answers at once, when the server says. */
  filterMaxResults: number | null;
  sort: boolean;
  etag: boolean;
  changePassword: boolean;
}

/** Reads a ServiceProviderConfig body; null when it is not one. */
export function readServiceProviderConfig(
  payload: unknown,
): ServiceProviderConfig | null {
  const config = lowerKeys(payload);
  if (!isRecord(config)) return null;

  const filter = readFeature(config.filter);
  return {
    patch: readFeature(config.patch).supported,
    bulk: readFeature(config.bulk).supported,
    filter: filter.supported,
    filterMaxResults: filter.maxResults,
    sort: readFeature(config.sort).supported,
    etag: readFeature(config.etag).supported,
    changePassword: readFeature(config.changepassword).supported,
  };
}

// Each feature is `{supported: boolean}`; servers disagree on key case and
// on booleans as strings, and a missing or unreadable feature means "not
// supported".
function readFeature(value: unknown): {
  supported: boolean;
  maxResults: number | null;
} {
  const feature = lowerKeys(value);
  const supported = isRecord(feature) ? feature.supported : undefined;
  const known =
    supported === undefined ||
    typeof supported === 'boolean' ||
    (typeof supported === 'string' && /^(true|false)$/i.test(supported));
  if (!isRecord(feature) || !known)
    return { supported: false, maxResults: null };

  const maxResults = Number(feature.maxresults);
  return {
    supported: String(supported).toLowerCase() === 'true',
    maxResults:
      Number.isInteger(maxResults) && maxResults > 0 ? maxResults : null,
  };
}

/** The discovery calls of the client, over one transport. */
export function discoveryCalls(send: Send) {
  return {
    /**
     * Reads /ServiceProviderConfig. Rejects with a ScimError (404 on W&B,
     * which does not document it) when the server has none.
     */
    async getServiceProviderConfig(
      signal?: AbortSignal,
    ): Promise<ServiceProviderConfig | null> {
      const answer = await send('GET', '/ServiceProviderConfig', { signal });
      return readServiceProviderConfig(answer.body);
    },
  };
}
