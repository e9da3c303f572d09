import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

import { type ListView, readView, writeView } from './list-view';

/** The users list view, read from and written to the URL. */
export function useListView() {
  const [search, setSearch] = useSearchParams();
  const view = useMemo(() => readView(search), [search]);

  const update = useCallback(
    (changes: Partial<ListView>) => {
      setSearch(
        (current) => {
          const next = { ...readView(current), ...changes };
          // A new search, filter or order starts again at the first page.
          if (!('page' in changes)) next.page = 0;
          return writeView(next);
        },
        { replace: true },
      );
    },
    [setSearch],
  );

  return [view, update] as const;
}
