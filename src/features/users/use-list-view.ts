import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigationType, useSearchParams } from 'react-router';

import { type ListView, readView, writeView } from './list-view';

/**
 * The users list view. The URL holds it, so that a link or a reload shows
 * the same view; the search text also lives here, so typing stays instant.
 * Paging, filters and order are history steps; typing is not.
 */
export function useListView() {
  const [search, setSearch] = useSearchParams();
  const location = useLocation();
  const navigationType = useNavigationType();
  const fromUrl = useMemo(() => readView(search), [search]);
  // The router applies URL changes late, and a field bound to the URL loses
  // keys typed meanwhile: the search text is kept here too, and written to
  // the URL with every key (a delayed write could land after the admin
  // followed a link, and pull them back to the list).
  const [q, setQ] = useState(fromUrl.q);

  // Back, forward or a link brings its own search text; the console's own
  // writes replace the entry and are already on screen.
  const [seenKey, setSeenKey] = useState(location.key);
  if (location.key !== seenKey) {
    setSeenKey(location.key);
    if (navigationType !== 'REPLACE') setQ(fromUrl.q);
  }

  // The views this hook has written that the router has not applied yet,
  // newest last. The router's own copy of the URL lags behind them: a filter
  // chosen right after clearing the search was written over the old search,
  // and brought it back.
  const inFlight = useRef<{ view: ListView; search: string }[]>([]);
  useLayoutEffect(() => {
    const landed = inFlight.current.findIndex(
      (write) => write.search === location.search,
    );
    // One of ours landed: those before it are past. Otherwise the address
    // came from elsewhere (Back, a link), and it is the view now.
    inFlight.current = landed === -1 ? [] : inFlight.current.slice(landed + 1);
  }, [location.key, location.search]);

  const update = useCallback(
    (changes: Partial<ListView>) => {
      const typing = 'q' in changes && Object.keys(changes).length === 1;
      if (typing) setQ(changes.q ?? '');
      setSearch(
        (current) => {
          const latest = inFlight.current.at(-1)?.view ?? readView(current);
          const next = { ...latest, ...changes };
          // A new search, filter or order starts again at the first page.
          if (!('page' in changes)) next.page = 0;
          const params = writeView(next);
          const search = new URLSearchParams(params).toString();
          inFlight.current.push({
            view: next,
            search: search ? `?${search}` : '',
          });
          return params;
        },
        { replace: typing },
      );
    },
    [setSearch],
  );

  // The same view while nothing in it changes: the router reads the URL back
  // a moment after each key, and that must not search and draw it again.
  const { status, role, sort, dir, page } = fromUrl;
  const view = useMemo(
    (): ListView => ({ q, status, role, sort, dir, page }),
    [q, status, role, sort, dir, page],
  );
  return [view, update] as const;
}
