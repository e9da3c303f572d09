import { z } from 'zod';

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

// Each feature is `{supported: boolean}`; servers disagree on key case and
// on booleans as strings, and a missing feature means "not supported".
const supported = z
  .preprocess(
    (value) =>
      typeof value === 'object' && value !== null
        ? Object.fromEntries(
            Object.entries(value).map(([key, item]) => [
              key.toLowerCase(),
              item,
            ]),
          )
        : {},
    z.object({
      supported: z
        .union([z.boolean(), z.enum(['true', 'false', 'True', 'False'])])
        .optional(),
      maxresults: z.coerce
        .number()
        .int()
        .positive()
        .optional()
        .catch(undefined),
    }),
  )
  .catch({});

const configSchema = z.preprocess(
  (value) =>
    typeof value === 'object' && value !== null
      ? Object.fromEntries(
          Object.entries(value).map(([key, item]) => [key.toLowerCase(), item]),
        )
      : value,
  z.object({
    patch: supported,
    bulk: supported,
    filter: supported,
    sort: supported,
    etag: supported,
    changepassword: supported,
  }),
);

/** Reads a ServiceProviderConfig body; null when it is not one. */
export function readServiceProviderConfig(
  payload: unknown,
): ServiceProviderConfig | null {
  const parsed = configSchema.safeParse(payload);
  if (!parsed.success) return null;
  const on = (feature: { supported?: boolean | string }) =>
    String(feature.supported ?? false).toLowerCase() === 'true';
  const config = parsed.data;
  return {
    patch: on(config.patch),
    bulk: on(config.bulk),
    filter: on(config.filter),
    filterMaxResults: config.filter.maxresults ?? null,
    sort: on(config.sort),
    etag: on(config.etag),
    changePassword: on(config.changepassword),
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
