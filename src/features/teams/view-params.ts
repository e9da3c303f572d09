import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigationType, useSearchParams } from 'react-router';

export const PAGE_SIZE = 50;

/** `value` when it is one of `allowed`, else `fallback`. */
export function oneOf<T extends string>(
  value: string | null,
  allowed: readonly T[],
  fallback: T,
): T {
  return (allowed as readonly string[]).includes(value ?? '')
    ? (value as T)
    : fallback;
}

/** The 0-based page of a 1-based `page` parameter. */
export function readPage(search: URLSearchParams): number {
  const page = Number.parseInt(search.get('page') ?? '1', 10);
  return Number.isFinite(page) && page > 1 ? page - 1 : 0;
}

/** The rows of one page, with the page clamped to what exists. */
export function pageOf<T>(rows: readonly T[], page: number) {
  const lastPage = Math.max(0, Math.ceil(rows.length / PAGE_SIZE) - 1);
  const current = Math.min(page, lastPage);
  const start = current * PAGE_SIZE;
  return { page: current, rows: rows.slice(start, start + PAGE_SIZE) };
}

export const collator = new Intl.Collator('en', {
  sensitivity: 'base',
  numeric: true,
});

/**
 * A view (search, order, page, tab) kept in the URL, so that a link or a
 * reload shows the same thing. Paging, order and tabs are history steps
 * (Back undoes them); typing is not. Any change but the page goes back to
 * page 1.
 *
 * The search field shows the view's own copy of the text: the router applies
 * URL changes late, and a field bound to the URL drops the keys typed
 * meanwhile. Each key is still written to the URL at once, never later: a
 * delayed write could land after the admin followed a link, and pull them
 * back to the list.
 */
export function useUrlView<V extends { page: number; q: string }>(
  read: (search: URLSearchParams) => V,
  write: (view: V) => Record<string, string>,
) {
  const [search, setSearch] = useSearchParams();
  const location = useLocation();
  const navigationType = useNavigationType();
  const fromUrl = useMemo(() => read(search), [read, search]);
  const [q, setQ] = useState(fromUrl.q);
  const typed = useRef(q);

  // Back, forward or a link brings its own search text; the console's own
  // typing is written with `replace` and is already in the field.
  const [seenKey, setSeenKey] = useState(location.key);
  if (location.key !== seenKey) {
    setSeenKey(location.key);
    if (navigationType !== 'REPLACE') setQ(fromUrl.q);
  }
  useEffect(() => {
    typed.current = q;
  }, [q]);

  const update = useCallback(
    (changes: Partial<V>) => {
      const typing = changes.q !== undefined;
      if (changes.q !== undefined) {
        typed.current = changes.q;
        setQ(changes.q);
      }
      setSearch(
        (current) => {
          const next = { ...read(current), q: typed.current, ...changes };
          if (!('page' in changes)) next.page = 0;
          return write(next);
        },
        { replace: typing && Object.keys(changes).length === 1 },
      );
    },
    [read, write, setSearch],
  );

  const view = useMemo(() => ({ ...fromUrl, q }), [fromUrl, q]);
  return [view, update] as const;
}
