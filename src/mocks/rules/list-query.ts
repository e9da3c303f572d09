import { LIST_SCHEMA, MockHttpError } from '../http';
import { compileFilter } from './filter';
import { project } from './projection';
import { valueAt } from './resource-path';

/** What a client asks of a list, from the URL or a POST /.search body. */
export interface ListQuery {
  filter: string | null;
  sortBy: string | null;
  descending: boolean;
  /** 1-based, as RFC 7644 counts. */
  startIndex: number;
  /** null: as many as there are. */
  count: number | null;
  attributes: string[];
  excludedAttributes: string[];
}

/** Reads the list parameters of a GET. */
export function listQueryFromUrl(url: URL): ListQuery {
  const get = (name: string) => url.searchParams.get(name);
  return readQuery({
    filter: get('filter'),
    sortBy: get('sortBy'),
    sortOrder: get('sortOrder'),
    startIndex: get('startIndex'),
    count: get('count'),
    attributes: get('attributes'),
    excludedAttributes: get('excludedAttributes'),
  });
}

/** Reads a SearchRequest body (RFC 7644 3.4.3). */
export function listQueryFromBody(body: unknown): ListQuery {
  const fields = typeof body === 'object' && body !== null ? body : {};
  return readQuery(fields as Record<string, unknown>);
}

function readQuery(raw: Record<string, unknown>): ListQuery {
  const text = (value: unknown) =>
    typeof value === 'string' && value.trim() ? value.trim() : null;
  const names = (value: unknown) =>
    (Array.isArray(value) ? value : String(text(value) ?? '').split(','))
      .map((name) => String(name).trim())
      .filter(Boolean);

  const startIndex = whole(raw.startIndex, 'startIndex') ?? 1;
  const count = whole(raw.count, 'count');
  return {
    filter: text(raw.filter),
    sortBy: text(raw.sortBy),
    descending: text(raw.sortOrder)?.toLowerCase() === 'descending',
    // RFC 7644 3.4.2.4: below 1 counts as 1, a negative count as 0.
    startIndex: Math.max(1, startIndex),
    count: count === null ? null : Math.max(0, count),
    attributes: names(raw.attributes),
    excludedAttributes: names(raw.excludedAttributes),
  };
}

function whole(value: unknown, name: string): number | null {
  if (value === null || value === undefined || value === '') return null;
  const number = Number(value);
  if (!Number.isInteger(number)) {
    throw new MockHttpError(400, `${name} must be an integer.`, 'invalidValue');
  }
  return number;
}

/**
 * Answers a ListResponse the RFC way: filter, sort, one page, then only
 * the attributes asked for. `resources` are as the server represents them.
 */
export function listResponse(
  resources: Record<string, unknown>[],
  query: ListQuery,
): Record<string, unknown> {
  const matches = query.filter
    ? resources.filter(compileFilter(query.filter))
    : [...resources];
  if (query.sortBy) sortResources(matches, query.sortBy, query.descending);

  const start = query.startIndex - 1;
  const end = query.count === null ? undefined : start + query.count;
  const page = matches.slice(start, end);

  return {
    schemas: [LIST_SCHEMA],
    totalResults: matches.length,
    startIndex: query.startIndex,
    itemsPerPage: page.length,
    Resources: page.map((resource) => project(resource, query)),
  };
}

const collator = new Intl.Collator('en', {
  sensitivity: 'base',
  numeric: true,
});

// RFC 7644 3.4.2.3: a multi-valued attribute sorts by its primary value;
// resources without the attribute come last whatever the order.
function sortResources(
  resources: Record<string, unknown>[],
  sortBy: string,
  descending: boolean,
): void {
  const keyOf = (resource: Record<string, unknown>) =>
    sortKey(valueAt(resource, sortBy));
  const sign = descending ? -1 : 1;
  resources.sort((a, b) => {
    const [left, right] = [keyOf(a), keyOf(b)];
    if (left === null || right === null) {
      return left === right ? 0 : left === null ? 1 : -1;
    }
    return sign * collator.compare(left, right);
  });
}

function sortKey(value: unknown): string | null {
  if (Array.isArray(value)) {
    const primary = value.find(
      (item) =>
        typeof item === 'object' &&
        item &&
        'primary' in item &&
        item.primary === true,
    );
    return sortKey(primary ?? value[0]);
  }
  if (typeof value === 'object' && value !== null && 'value' in value) {
    return sortKey(value.value);
  }
  if (value === undefined || value === null || value === '') return null;
  return String(value);
}
