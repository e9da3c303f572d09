import type { OrgRole, User } from '@/scim';

export const PAGE_SIZE = 50;

export const SORT_FIELDS = [
  'userName',
  'email',
  'organizationRole',
  'status',
  'lastActiveAt',
] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export type StatusFilter = 'all' | 'active' | 'deactivated';
export type RoleFilter = 'all' | OrgRole;

/** What the users list shows; it lives in the URL. */
export interface ListView {
  q: string;
  status: StatusFilter;
  role: RoleFilter;
  sort: SortField;
  dir: 'asc' | 'desc';
  /** 0-based page. */
  page: number;
}

export const DEFAULT_VIEW: ListView = {
  q: '',
  status: 'all',
  role: 'all',
  sort: 'userName',
  dir: 'asc',
  page: 0,
};

function oneOf<T extends string>(
  value: string | null,
  allowed: readonly T[],
  fallback: T,
): T {
  return (allowed as readonly string[]).includes(value ?? '')
    ? (value as T)
    : fallback;
}

/** Reads a view from the URL, ignoring what it does not understand. */
export function readView(search: URLSearchParams): ListView {
  const page = Number.parseInt(search.get('page') ?? '1', 10);
  return {
    q: search.get('q') ?? '',
    status: oneOf(
      search.get('status'),
      ['all', 'active', 'deactivated'],
      'all',
    ),
    role: oneOf(
      search.get('role'),
      ['all', 'admin', 'member', 'viewer'],
      'all',
    ),
    sort: oneOf(search.get('sort'), SORT_FIELDS, 'userName'),
    dir: oneOf(search.get('dir'), ['asc', 'desc'], 'asc'),
    page: Number.isFinite(page) && page > 1 ? page - 1 : 0,
  };
}

/** Writes a view to URL parameters, leaving defaults out. */
export function writeView(view: ListView): Record<string, string> {
  const query: Record<string, string> = {};
  if (view.q) query.q = view.q;
  if (view.status !== 'all') query.status = view.status;
  if (view.role !== 'all') query.role = view.role;
  if (view.sort !== DEFAULT_VIEW.sort || view.dir !== DEFAULT_VIEW.dir) {
    query.sort = view.sort;
    query.dir = view.dir;
  }
  if (view.page > 0) query.page = String(view.page + 1);
  return query;
}

// A search reads each user's fields as they are, with no copy kept: at
// 100,000 users the first search is then as quick as the next, and the list
// holds no second text per user. Display names repeat, so their lower-case
// forms are remembered, a bounded number of them.
const lowerNames = new Map<string, string>();
const MAX_LOWER_NAMES = 20_000;

function lowerName(name: string): string {
  let lower = lowerNames.get(name);
  if (lower === undefined) {
    if (lowerNames.size >= MAX_LOWER_NAMES) lowerNames.clear();
    lower = name.toLowerCase();
    lowerNames.set(name, lower);
  }
  return lower;
}

function mentions(user: User, needle: string): boolean {
  return (
    user.userName.toLowerCase().includes(needle) ||
    lowerName(user.displayName).includes(needle) ||
    user.emails.some((email) => email.value.toLowerCase().includes(needle))
  );
}

const collator = new Intl.Collator('en', {
  sensitivity: 'base',
  numeric: true,
});

function sortKey(user: User, field: SortField): string {
  switch (field) {
    case 'status':
      return user.active ? 'active' : 'deactivated';
    case 'organizationRole':
      return user.organizationRole ?? '';
    case 'lastActiveAt':
      return user.lastActiveAt ?? '';
    default:
      return user[field];
  }
}

// Each fetched list is sorted once per order asked for; a search or a
// filter then keeps the users of that order it matches, and sorts nothing.
const sortedLists = new WeakMap<readonly User[], Map<string, User[]>>();

function sortedUsers(
  users: readonly User[],
  field: SortField,
  dir: ListView['dir'],
): readonly User[] {
  let orders = sortedLists.get(users);
  if (!orders) {
    orders = new Map();
    sortedLists.set(users, orders);
  }
  const key = `${field} ${dir}`;
  let sorted = orders.get(key);
  if (!sorted) {
    const sign = dir === 'asc' ? 1 : -1;
    sorted = [...users].sort(
      (a, b) =>
        sign * collator.compare(sortKey(a, field), sortKey(b, field)) ||
        collator.compare(a.userName, b.userName),
    );
    orders.set(key, sorted);
  }
  return sorted;
}

/**
 * The users matching a view's search and filters, in its order. Without a
 * search or filter this is the whole sorted list, shared: not to be changed.
 */
export function matchingUsers(
  users: readonly User[],
  view: ListView,
): readonly User[] {
  const sorted = sortedUsers(users, view.sort, view.dir);
  const needle = view.q.trim().toLowerCase();
  if (!needle && view.status === 'all' && view.role === 'all') return sorted;
  return sorted.filter(
    (user) =>
      (view.status === 'all' || user.active === (view.status === 'active')) &&
      (view.role === 'all' || user.organizationRole === view.role) &&
      (!needle || mentions(user, needle)),
  );
}

/** The rows of one page, with the page clamped to what exists. */
export function pageOf<T>(rows: readonly T[], page: number) {
  const lastPage = Math.max(0, Math.ceil(rows.length / PAGE_SIZE) - 1);
  const current = Math.min(page, lastPage);
  const start = current * PAGE_SIZE;
  return { page: current, rows: rows.slice(start, start + PAGE_SIZE) };
}
