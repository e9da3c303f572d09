import { ScimError } from './errors';
import type { ResourceMeta } from './types';

// Small readers for the fields of a SCIM answer. Teams, roles, service
// accounts and discovery need only these few checks; written out here they
// keep a schema library out of the console's first load.

/** A field the console cannot read: where it is, and what was wrong. */
export class FieldError extends Error {
  readonly path: string;

  constructor(path: string, reason: string) {
    super(reason);
    this.path = path;
  }
}

/**
 * Runs `read` on an answer; a FieldError becomes the ScimError (502) that
 * says which field of the `what` could not be read.
 */
export function readAnswer<T>(
  what: string,
  payload: unknown,
  read: (payload: unknown) => T,
): T {
  try {
    return read(payload);
  } catch (error) {
    if (!(error instanceof FieldError)) throw error;
    const where = error.path ? ` at "${error.path}"` : '';
    throw new ScimError(
      502,
      `The server sent a ${what} the console cannot read${where}: ${error.message}.`,
    );
  }
}

/** `a.b` for a field inside `a`; a field at the top has no prefix. */
export function at(path: string, key: string | number): string {
  return path ? `${path}.${key}` : String(key);
}

/** The value as a plain object, or a FieldError. */
export function objectAt(
  value: unknown,
  path: string,
): Record<string, unknown> {
  if (isRecord(value)) return value;
  throw new FieldError(path, `expected an object, got ${kind(value)}`);
}

/**
 * The object with its keys lower-cased, for servers that disagree on case
 * (W&B capitalises `Value`, identity tooling re-cases keys). Anything but an
 * object comes back as it was.
 */
export function lowerKeys(value: unknown): unknown {
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key.toLowerCase(), item]),
  );
}

/** A required string. */
export function textAt(value: unknown, path: string): string {
  if (typeof value === 'string') return value;
  throw new FieldError(path, `expected a string, got ${kind(value)}`);
}

/** A string that may be missing or null (then undefined). */
export function optionalTextAt(
  value: unknown,
  path: string,
): string | undefined {
  return value === null || value === undefined
    ? undefined
    : textAt(value, path);
}

/** An id, as a string, whether the server sent a string or a number. */
export function idAt(value: unknown, path: string): string {
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number') return String(value);
  throw new FieldError(path, `expected an id, got ${kind(value)}`);
}

/** An id that may be missing or null (then null). */
export function optionalIdAt(value: unknown, path: string): string | null {
  return value === null || value === undefined ? null : idAt(value, path);
}

/** A list that may be missing or null (then empty). */
export function optionalListAt(value: unknown, path: string): unknown[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value;
  throw new FieldError(path, `expected a list, got ${kind(value)}`);
}

const META_KEYS = [
  'resourceType',
  'created',
  'lastModified',
  'location',
  'version',
] as const;

/**
 * `meta` as far as it can be read: it only informs (dates, the version for
 * If-Match), so a malformed one reads as empty rather than failing.
 */
export function readMeta(value: unknown): ResourceMeta {
  if (!isRecord(value)) return {};
  const meta: ResourceMeta = {};
  for (const key of META_KEYS) {
    const item = value[key];
    if (item === undefined) continue;
    if (typeof item !== 'string') return {};
    meta[key] = item;
  }
  return meta;
}

/** A plain object (not null, not a list). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function kind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return value === undefined ? 'nothing' : typeof value;
}
