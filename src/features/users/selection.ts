import { useCallback, useMemo, useState } from 'react';

import type { User } from '@/scim';

import type { ListView } from './list-view';

/** The users picked for a bulk action, across the pages of one view. */
export interface Selection {
  /** The selected users that match the view, in its order. */
  users: User[];
  count: number;
  /** How many users match the view: what "select all" would select. */
  matchingCount: number;
  isSelected(id: string): boolean;
  set(users: readonly User[], selected: boolean): void;
  selectAllMatching(): void;
  clear(): void;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * Keeps the selection for the current search and filters. Paging and sorting
 * keep it; another search or filter starts afresh, and only users the view
 * still shows count, so that a bulk action never reaches users the admin
 * cannot see.
 */
export function useSelection(
  view: ListView,
  matches: readonly User[],
): Selection {
  const key = [view.q, view.status, view.role].join('\u0000');
  const [state, setState] = useState({ key, ids: NONE });
  const ids = state.key === key ? state.ids : NONE;

  const users = useMemo(
    () => (ids.size === 0 ? [] : matches.filter((user) => ids.has(user.id))),
    [ids, matches],
  );

  const set = useCallback(
    (changed: readonly User[], selected: boolean) =>
      setState((current) => {
        const next = new Set(current.key === key ? current.ids : NONE);
        for (const user of changed) {
          if (selected) next.add(user.id);
          else next.delete(user.id);
        }
        return { key, ids: next };
      }),
    [key],
  );

  const selectAllMatching = useCallback(
    () => setState({ key, ids: new Set(matches.map((user) => user.id)) }),
    [key, matches],
  );

  const clear = useCallback(() => setState({ key, ids: NONE }), [key]);

  const isSelected = useCallback((id: string) => ids.has(id), [ids]);

  return {
    users,
    count: users.length,
    matchingCount: matches.length,
    isSelected,
    set,
    selectAllMatching,
    clear,
  };
}
