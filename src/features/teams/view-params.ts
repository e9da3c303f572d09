import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

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
 * A view (search, order, page) kept in the URL, so that a link or a reload
 * shows the same thing. A change other than the page goes back to page 1.
 */
export function useUrlView<V extends { page: number }>(
  read: (search: URLSearchParams) => V,
  write: (view: V) => Record<string, string>,
) {
  const [search, setSearch] = useSearchParams();
  const view = useMemo(() => read(search), [read, search]);

  const update = useCallback(
    (changes: Partial<V>) => {
      setSearch(
        (current) => {
          const next = { ...read(current), ...changes };
          if (!('page' in changes)) next.page = 0;
          return write(next);
        },
        { replace: true },
      );
    },
    [read, write, setSearch],
  );

  return [view, update] as const;
}
