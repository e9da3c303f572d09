import { useSyncExternalStore } from 'react';

import { ScimError } from '@/scim';

/** The server refused the console as a whole: bad credentials, or not allowed. */
export interface AccessProblem {
  status: 401 | 403;
  detail: string;
}

let problem: AccessProblem | null = null;
const listeners = new Set<() => void>();

function publish(next: AccessProblem | null): void {
  problem = next;
  for (const listener of listeners) listener();
}

/**
 * Notes a read that failed with 401 or 403. Such a failure is about the
 * credentials, not the screen, so it gets a screen of its own rather than
 * one error per panel.
 */
export function reportReadError(error: unknown): void {
  if (!(error instanceof ScimError)) return;
  if (error.status === 401 || error.status === 403) {
    publish({ status: error.status, detail: error.detail });
  }
}

/** Forgets the problem, before trying again or on another connection. */
export function clearAccessProblem(): void {
  if (problem) publish(null);
}

export function useAccessProblem(): AccessProblem | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => problem,
  );
}
