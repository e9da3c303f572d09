import { type Compare, type Filter, Tester } from 'scim2-parse-filter';
import {
  parseFilter,
  type Token,
  tokenizer,
  Tokens,
} from 'scim2-parse-filter/lib/src/parser';

import { MockHttpError } from '../http';

/** A compiled SCIM filter: does this resource (as answered) match? */
export type ResourcePredicate = (resource: unknown) => boolean;

// RFC 7643 marks these caseExact: ids and versions compare as written; every
// other string attribute of Users and Groups compares case-insensitively.
const CASE_EXACT = new Set([
  'id',
  'externalid',
  'members.value',
  'groups.value',
  'meta.version',
  'meta.location',
]);
const DATE_TIMES = new Set([
  'meta.created',
  'meta.lastmodified',
  'lastactiveat',
]);
const COMPARATORS = new Set([
  'eq',
  'ne',
  'co',
  'sw',
  'ew',
  'gt',
  'ge',
  'lt',
  'le',
]);

/**
 * Compiles the full RFC 7644 filter grammar (scim2-parse-filter parses it)
 * with the semantics the library leaves out: case-insensitive strings where
 * the schema says so, dates compared as dates, booleans sent as strings.
 * A filter it cannot read is a 400 `invalidFilter`, as the RFC asks.
 */
export function compileFilter(text: string): ResourcePredicate {
  let ast: Filter;
  try {
    const tokens = new Tokens(quoteBareValues(tokenizer(text)));
    ast = parseFilter(tokens);
    if (tokens.peek().type !== 'EOT') throw new Error('trailing input');
  } catch (error) {
    const why = error instanceof Error ? `: ${error.message}` : '';
    throw new MockHttpError(
      400,
      `The filter cannot be read${why}.`,
      'invalidFilter',
    );
  }
  const tester = new SchemaAwareTester();
  return (resource) => tester.test(resource, ast);
}

// Identity providers send bare words (`userName sw O`, a date without
// quotes) where the grammar wants JSON; the library rejects them, so they
// become strings. `True`/`False` in any case become booleans.
function quoteBareValues(tokens: Token[]): Token[] {
  return tokens.map((token, index) => {
    const previous = tokens[index - 1];
    const afterComparator =
      token.type === 'Word' &&
      previous?.type === 'Word' &&
      COMPARATORS.has(previous.literal.toLowerCase()) &&
      index >= 2;
    if (!afterComparator) return token;
    const word = token.literal.toLowerCase();
    if (word === 'true' || word === 'false' || word === 'null') {
      return { type: 'Word', literal: word };
    }
    return { type: 'Quoted', literal: JSON.stringify(token.literal) };
  });
}

class SchemaAwareTester extends Tester {
  // The attribute a value filter sits in: `emails[type eq "work"]` tests
  // `type` of `emails`, whose schema rules are those of `emails.type`.
  private parent = '';

  override test(resource: unknown, filter: Filter): boolean {
    switch (filter.op) {
      case '[]': {
        const outer = this.parent;
        return this.attrTest(
          this.attrPath(filter.attrPath),
          resource,
          (item) => {
            this.parent = `${outer}${filter.attrPath}.`;
            try {
              return this.test(item, filter.valFilter);
            } finally {
              this.parent = outer;
            }
          },
        );
      }
      case 'pr':
        return this.attrTest(this.attrPath(filter.attrPath), resource, present);
      case 'and':
      case 'or':
      case 'not':
        return super.test(resource, filter);
      default: {
        const name = `${this.parent}${filter.attrPath}`.toLowerCase();
        return this.attrTest(
          this.attrPath(filter.attrPath),
          resource,
          (value) => compare(filter, value, name),
        );
      }
    }
  }
}

function present(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}

function compare(filter: Compare, actual: unknown, name: string): boolean {
  let wanted = filter.compValue;
  let value = actual;

  if (typeof value === 'boolean' && typeof wanted === 'string') {
    wanted = wanted.toLowerCase() === 'true';
  } else if (DATE_TIMES.has(name) && typeof wanted === 'string') {
    const [left, right] = [Date.parse(String(value)), Date.parse(wanted)];
    if (!Number.isNaN(left) && !Number.isNaN(right))
      [value, wanted] = [left, right];
  } else if (
    typeof value === 'string' &&
    typeof wanted === 'string' &&
    !CASE_EXACT.has(name)
  ) {
    [value, wanted] = [value.toLowerCase(), wanted.toLowerCase()];
  }
  return ordered(filter.op, value, wanted);
}

function ordered(op: Compare['op'], value: unknown, wanted: unknown): boolean {
  switch (op) {
    case 'eq':
      return value === wanted;
    case 'ne':
      return value !== wanted;
    case 'co':
      return typeof value === 'string' && value.includes(String(wanted));
    case 'sw':
      return typeof value === 'string' && value.startsWith(String(wanted));
    case 'ew':
      return typeof value === 'string' && value.endsWith(String(wanted));
    default:
      return inOrder(op, value, wanted);
  }
}

function inOrder(
  op: 'gt' | 'ge' | 'lt' | 'le',
  value: unknown,
  wanted: unknown,
) {
  const comparable =
    (typeof value === 'number' && typeof wanted === 'number') ||
    (typeof value === 'string' && typeof wanted === 'string');
  if (!comparable) return false;
  const [a, b] = [value as number | string, wanted as number | string];
  if (op === 'gt') return a > b;
  if (op === 'ge') return a >= b;
  if (op === 'lt') return a < b;
  return a <= b;
}
