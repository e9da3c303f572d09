import { type ListParams, quote } from '@/scim';

import { type ListView, PAGE_SIZE, type SortField } from './list-view';

// The attribute each column sorts by on the server (RFC 7644 3.4.2.3).
const SORT_ATTRIBUTES: Record<SortField, string> = {
  userName: 'userName',
  email: 'emails.value',
  organizationRole: 'organizationRole',
  status: 'active',
  lastActiveAt: 'lastActiveAt',
};

/**
 * The request for one page of a view, for servers that filter, sort and
 * page: the same search (userName, display name or email, substring, any
 * case) and filters as the browser applies, in RFC 7644 filter form.
 */
export function serverListParams(view: ListView): ListParams {
  const clauses: string[] = [];
  const needle = view.q.trim();
  if (needle) {
    const value = quote(needle);
    clauses.push(
      `(userName co ${value} or displayName co ${value} or emails.value co ${value})`,
    );
  }
  if (view.status !== 'all') {
    clauses.push(`active eq ${view.status === 'active'}`);
  }
  if (view.role !== 'all')
    clauses.push(`organizationRole eq ${quote(view.role)}`);

  return {
    ...(clauses.length ? { filter: clauses.join(' and ') } : {}),
    sortBy: SORT_ATTRIBUTES[view.sort],
    sortOrder: view.dir === 'asc' ? 'ascending' : 'descending',
    startIndex: view.page * PAGE_SIZE + 1,
    count: PAGE_SIZE,
  };
}
