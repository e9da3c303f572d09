import {
  keepPreviousData,
  queryOptions,
  useQueries,
  useQuery,
} from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';

import { chooseListStrategy } from '@/lib/list-strategy';
import { userKeys } from '@/lib/query-keys';
import { scim } from '@/lib/scim-client';
import { usersListQuery } from '@/lib/shared-queries';
import { useServerFeatures } from '@/lib/use-server-features';
import type { User, Versioned } from '@/scim';

import { type ListView, matchingUsers, pageOf } from './list-view';
import { serverListParams } from './server-list';

/** One page of users as a server that filters, sorts and pages answered. */
export const usersPageQuery = (view: ListView) => {
  const params = serverListParams(view);
  return queryOptions({
    queryKey: userKeys.page({ ...params }),
    queryFn: ({ signal }) => scim.listUsers(params, signal),
    // Another admin's change shows on the next visit.
    staleTime: 0,
    placeholderData: keepPreviousData,
  });
};

/**
 * The users of a list view, wherever the work is done: on servers that
 * filter, sort and page, one page per request; elsewhere (W&B) the whole
 * list once, searched, sorted and paged here. The screens are the same.
 */
export function useUserRows(view: ListView) {
  const features = useServerFeatures();
  // Until the server's features are known nothing is read; if it will not
  // tell, the browser does the work, which every server allows.
  const strategy = chooseListStrategy(features.data);
  const server = strategy === 'server';
  const known = !features.isPending;

  const whole = useQuery({ ...usersListQuery(), enabled: known && !server });
  const paged = useQuery({ ...usersPageQuery(view), enabled: server });
  const pageItems = useFresherCopies(
    server ? paged.data?.items : undefined,
    paged.dataUpdatedAt,
  );

  const browser = useMemo(() => {
    const matches = matchingUsers(whole.data ?? [], view);
    return { matches, ...pageOf(matches, view.page) };
  }, [whole.data, view]);

  const source = server ? paged : whole;
  return {
    strategy,
    isPending: !known || source.isPending,
    isError: source.isError,
    error: source.error,
    // The query's own, which keeps its identity between renders.
    refetch: source.refetch,
    isFetching: source.isFetching,
    dataUpdatedAt: source.dataUpdatedAt,
    // TODO: select-all and CSV export reach only the page on servers that
    // page; they need every page fetched when an admin asks for them.
    /** Every user the browser holds: the organization, or the page. */
    data: server ? pageItems : (whole.data ?? []),
    matches: server ? pageItems : browser.matches,
    total: server ? (paged.data?.totalResults ?? 0) : browser.matches.length,
    page: server ? view.page : browser.page,
    organizationEmpty: server
      ? paged.data?.totalResults === 0 && !filtered(view)
      : whole.data?.length === 0,
    rows: server ? pageItems : browser.rows,
  };
}

function filtered(view: ListView): boolean {
  return view.q.trim() !== '' || view.status !== 'all' || view.role !== 'all';
}

// A row changed from this screen (deactivated, re-enabled) is stored as a
// detail; it shows here until the page is read again.
function useFresherCopies(items: User[] | undefined, readAt: number): User[] {
  const newer = useCallback(
    (results: { data?: Versioned<User>; dataUpdatedAt: number }[]) =>
      results.map((result) =>
        result.data && result.dataUpdatedAt > readAt ? result.data.data : null,
      ),
    [readAt],
  );
  const fresher = useQueries({
    queries: (items ?? []).map((user) => ({
      queryKey: userKeys.detail(user.id),
      queryFn: (): Promise<Versioned<User>> => scim.getUser(user.id),
      enabled: false,
    })),
    combine: newer,
  });
  return useMemo(
    () => (items ?? []).map((user, index) => fresher[index] ?? user),
    [items, fresher],
  );
}
