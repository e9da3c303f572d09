import { useCallback, useMemo, useState } from 'react';
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

  const update = useCallback(
    (changes: Partial<ListView>) => {
      const write = (replace: boolean) =>
        setSearch(
          (current) => {
            const next = { ...readView(current), ...changes };
            // A new search, filter or order starts again at the first page.
            if (!('page' in changes)) next.page = 0;
            return writeView(next);
          },
          { replace },
        );

      const typing = 'q' in changes && Object.keys(changes).length === 1;
      if (typing) setQ(changes.q ?? '');
      write(typing);
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
