import { QueryCache, QueryClient } from '@tanstack/react-query';

import { ScimError } from '@/scim';

import { reportReadError } from './access-problem';

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: ScimError;
  }
}

const MAX_READ_RETRIES = 2;

/** Reads retry on server and network failures, never on the caller's own. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_READ_RETRIES) return false;
  if (!(error instanceof ScimError)) return false;
  return error.status === 0 || error.status >= 500;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    // A 401 or 403 on a read is about the credentials: one screen says so.
    queryCache: new QueryCache({ onError: reportReadError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: shouldRetry,
        retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4_000),
      },
      // Writes never repeat on their own: the admin decides.
      mutations: { retry: false },
    },
  });
}
