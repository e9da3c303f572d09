import type { MemberRow } from './team-members';
import { collator, oneOf, readPage } from './view-params';

export const TEAM_TABS = ['members', 'service-accounts'] as const;
export type TeamTab = (typeof TEAM_TABS)[number];
export const MEMBER_SORT_FIELDS = ['userName', 'role'] as const;
export type MemberSortField = (typeof MEMBER_SORT_FIELDS)[number];

/** What the team page shows; it lives in the URL. */
export interface MemberView {
  tab: TeamTab;
  q: string;
  sort: MemberSortField;
  dir: 'asc' | 'desc';
  /** 0-based page of members. */
  page: number;
}

/** Reads the view from the URL, ignoring what it does not understand. */
export function readMemberView(search: URLSearchParams): MemberView {
  return {
    tab: oneOf(search.get('tab'), TEAM_TABS, 'members'),
    q: search.get('q') ?? '',
    sort: oneOf(search.get('sort'), MEMBER_SORT_FIELDS, 'userName'),
    dir: oneOf(search.get('dir'), ['asc', 'desc'], 'asc'),
    page: readPage(search),
  };
}

/** Writes the view to URL parameters, leaving defaults out. */
export function writeMemberView(view: MemberView): Record<string, string> {
  const query: Record<string, string> = {};
  if (view.tab !== 'members') query.tab = view.tab;
  if (view.q) query.q = view.q;
  if (view.sort !== 'userName' || view.dir !== 'asc') {
    query.sort = view.sort;
    query.dir = view.dir;
  }
  if (view.page > 0) query.page = String(view.page + 1);
  return query;
}

/** The members in the view's order; computed once per order, not per page. */
export function sortMembers(
  rows: readonly MemberRow[],
  sort: MemberSortField,
  dir: 'asc' | 'desc',
): MemberRow[] {
  const sign = dir === 'asc' ? 1 : -1;
  const primary = (a: MemberRow, b: MemberRow) =>
    sort === 'role'
      ? collator.compare(a.role ?? '', b.role ?? '')
      : collator.compare(a.userName, b.userName);
  return [...rows].sort(
    (a, b) => sign * primary(a, b) || collator.compare(a.userName, b.userName),
  );
}

/** The members whose name or email contains the search, order kept. */
export function filterMembers(
  sorted: readonly MemberRow[],
  q: string,
): readonly MemberRow[] {
  const needle = q.trim().toLowerCase();
  if (!needle) return sorted;
  return sorted.filter((row) =>
    `${row.userName}\n${row.displayName}\n${row.email}`
      .toLowerCase()
      .includes(needle),
  );
}

/** The members matching the view's search, in its order. */
export function matchingMembers(
  rows: readonly MemberRow[],
  view: MemberView,
): readonly MemberRow[] {
  return filterMembers(sortMembers(rows, view.sort, view.dir), view.q);
}
