import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';

import { teamKeys, userKeys } from '@/lib/query-keys';
import { getServerTraits } from '@/lib/server-traits';
import { describeError, type User } from '@/scim';

import { sendBulkJob } from './bulk-api';
import {
  type BulkAction,
  type BulkItem,
  type BulkOutcome,
  planBulk,
  planJobs,
} from './bulk-plan';
import { runLimited } from './bulk-runner';
import { undoItems } from './bulk-undo';
import { forgetUser, storeUser } from './user-cache';

/** Requests in flight at once: quick, without flooding the server. */
export const MAX_IN_FLIGHT = 4;

/** A bulk action under way or finished: one item per selected user. */
export interface BulkRun {
  /** Tells runs apart, so that a late answer never lands in a newer run. */
  id: number;
  action: BulkAction;
  /** `undo` while the inverse of an earlier run is applied. */
  phase: 'apply' | 'undo';
  items: BulkItem[];
  running: boolean;
}

/**
 * Runs bulk actions, keeps a result per user, retries the failed ones and
 * undoes the ones that succeeded on demand. Every answer goes into the cache
 * as it comes; after failures the list is read again, so that the screen
 * shows what the server holds.
 */
export function useBulkRun() {
  const queryClient = useQueryClient();
  const [run, setRun] = useState<BulkRun | null>(null);
  const lastId = useRef(0);

  const cachedUsers = useCallback(
    () => queryClient.getQueryData<User[]>(userKeys.list()) ?? [],
    [queryClient],
  );

  const execute = useCallback(
    async (next: Omit<BulkRun, 'running' | 'id'>) => {
      lastId.current += 1;
      const id = lastId.current;
      const mine = (update: (current: BulkRun) => BulkRun) =>
        setRun((current) => (current?.id === id ? update(current) : current));
      setRun({ ...next, id, running: true });
      const pending = next.items.flatMap((item, index) =>
        item.outcome.status === 'pending' ? [{ item, index }] : [],
      );
      let failures = 0;

      await runLimited(
        pending,
        MAX_IN_FLIGHT,
        ({ item }) => sendBulkJob(item.job),
        ({ item, index }, result) => {
          let outcome: BulkOutcome;
          if (result.ok) {
            if (result.value) storeUser(queryClient, result.value);
            else forgetUser(queryClient, item.job.user.id);
            outcome = { status: 'done', after: result.value?.data ?? null };
          } else {
            failures += 1;
            outcome = { status: 'failed', detail: describeError(result.error) };
          }
          mine((current) => withOutcome(current, index, outcome));
        },
      );

      if (failures > 0) {
        await queryClient.invalidateQueries({ queryKey: userKeys.all });
      }
      // Team pages show roles and members, which the viewer remap and a
      // Multi-tenant removal rewrite.
      void queryClient.invalidateQueries({ queryKey: teamKeys.all });
      mine((current) => ({ ...current, running: false }));
    },
    [queryClient],
  );

  const start = useCallback(
    (action: BulkAction, selected: readonly User[]) =>
      execute({
        action,
        phase: 'apply',
        items: planBulk(action, selected, cachedUsers()),
      }),
    [execute, cachedUsers],
  );

  // Failed jobs go again against the freshest copy: with the old ETag a 412
  // would fail forever, and a user now in the wanted state is skipped.
  const retryFailed = useCallback(() => {
    if (!run || run.running) return;
    const users = cachedUsers();
    const byId = new Map(users.map((user) => [user.id, user]));
    const failed = run.items.filter((item) => item.outcome.status === 'failed');
    const replanned = planJobs(
      failed.map(({ job }) => ({
        ...job,
        user: byId.get(job.user.id) ?? job.user,
      })),
      users,
    );
    const items = run.items.map((item) =>
      item.outcome.status === 'failed' ? (replanned.shift() ?? item) : item,
    );
    return execute({ ...run, items });
  }, [run, execute, cachedUsers]);

  const undo = useCallback(() => {
    if (!run || run.running || run.phase !== 'apply') return;
    const multiTenant = getServerTraits().deployment === 'multi-tenant';
    return execute({
      action: run.action,
      phase: 'undo',
      items: undoItems(run.items, cachedUsers(), { multiTenant }),
    });
  }, [run, execute, cachedUsers]);

  const dismiss = useCallback(() => setRun(null), []);

  return { run, start, retryFailed, undo, dismiss };
}

function withOutcome(
  run: BulkRun,
  index: number,
  outcome: BulkOutcome,
): BulkRun {
  const items = run.items.slice();
  const item = items[index];
  if (item) items[index] = { ...item, outcome };
  return { ...run, items };
}
