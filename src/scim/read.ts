import {
  at,
  FieldError,
  idAt,
  isRecord,
  objectAt,
  optionalListAt,
  optionalTextAt,
  readAnswer,
  readMeta,
  textAt,
} from './read-fields';
import {
  type Email,
  type ListResult,
  ORG_ROLES,
  type OrgRole,
  type RegistryRole,
  type ResourceMeta,
  SEAT_LEVELS,
  type SeatLevel,
  type TeamRole,
  type User,
} from './types';

// The users list is the console's hot path: W&B answers every user at once,
// tens of thousands of them, so this reader is written out by hand and
// makes no copy it does not keep.

/**
 * A field whatever the case of its key: W&B answers `Value` and `Primary`,
 * identity tooling re-cases keys. `name` is lower case.
 */
function field(record: Record<string, unknown>, name: string): unknown {
  const exact = record[name];
  if (exact !== undefined) return exact;
  for (const key in record) {
    if (key.toLowerCase() === name) return record[key];
  }
  return undefined;
}

// W&B sends `emails` as one object; RFC servers send an array; empty may be
// `null` or `[]`. All become an array.
function listAt(value: unknown, path: string): unknown[] {
  return isRecord(value) ? [value] : optionalListAt(value, path);
}

/** `true`, `false`, or the strings some servers send for them. */
function booleanAt(value: unknown, path: string): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    const text = value.trim().toLowerCase();
    if (text === 'true') return true;
    if (text === 'false') return false;
  }
  throw new FieldError(path, 'expected true or false');
}

function isTrue(value: unknown): boolean {
  return (
    value === true ||
    (typeof value === 'string' && value.trim().toLowerCase() === 'true')
  );
}

function optionalBooleanAt(value: unknown, path: string): boolean | null {
  return value === null || value === undefined ? null : booleanAt(value, path);
}

// Unknown or missing values read as null rather than failing the whole user.
function oneOf<T extends string>(
  allowed: readonly T[],
  value: unknown,
): T | null {
  const text = typeof value === 'string' ? value.toLowerCase() : '';
  // The list's own constant, not the answer's copy: one string for everyone.
  return allowed.find((item) => item === text) ?? null;
}

// Team, registry and role names, and the pairs they come in, repeat across
// thousands of users; each is kept once, and the pairs are frozen since
// everyone shares them. The tables are bounded by the organization's teams
// and roles, and start again should they ever grow past that.
const names = new Map<string, string>();
const pairs = new Map<string, Readonly<Record<string, string>>>();
const MAX_NAMES = 20_000;

function nameAt(value: unknown, path: string): string {
  const text = textAt(value, path);
  const known = names.get(text);
  if (known !== undefined) return known;
  if (names.size >= MAX_NAMES) names.clear();
  names.set(text, text);
  return text;
}

/** One shared, frozen `{ [first]: a, [second]: b }` per distinct pair. */
function pairOf<T>(first: string, a: string, second: string, b: string): T {
  const key = `${first}\u0000${a}\u0000${b}`;
  let pair = pairs.get(key);
  if (pair === undefined) {
    if (pairs.size >= MAX_NAMES) pairs.clear();
    pair = Object.freeze({ [first]: a, [second]: b });
    pairs.set(key, pair);
  }
  return pair as T;
}

function readEmails(value: unknown, path: string): Email[] {
  return listAt(value, path).map((item, index) => {
    const where = at(path, index);
    const entry = objectAt(item, where);
    const email: Email = {
      value: textAt(field(entry, 'value'), at(where, 'value')),
      // Only informative: a flag the console cannot read is false.
      primary: isTrue(field(entry, 'primary')),
    };
    const type = field(entry, 'type');
    if (typeof type === 'string' && type) email.type = type;
    return email;
  });
}

// Most users hold no registry role: they share one frozen empty list.
const NONE: never[] = Object.freeze([]) as unknown as never[];

/** Entries of a list of small objects, each read by `read`. */
function readEntries<T>(
  value: unknown,
  path: string,
  read: (entry: Record<string, unknown>, path: string) => T,
): T[] {
  const items = listAt(value, path);
  if (items.length === 0) return NONE;
  return items.map((item, index) => {
    const where = at(path, index);
    return read(objectAt(item, where), where);
  });
}

function optionalNumberAt(value: unknown, path: string): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  throw new FieldError(path, 'expected a number');
}

function primaryEmail(emails: Email[]): string {
  return (emails.find((email) => email.primary) ?? emails[0])?.value ?? '';
}

function readUserFields(
  payload: unknown,
  meta: (value: unknown) => ResourceMeta = readMeta,
): User {
  const raw = objectAt(payload, '');
  const emails = readEmails(raw.emails, 'emails');
  return {
    id: idAt(raw.id, 'id'),
    userName: textAt(raw.userName, 'userName'),
    // Display names repeat across a large organization too.
    displayName:
      raw.displayName === null || raw.displayName === undefined
        ? ''
        : nameAt(raw.displayName, 'displayName'),
    email: primaryEmail(emails),
    emails,
    active: optionalBooleanAt(raw.active, 'active') ?? true,
    organizationRole: oneOf<OrgRole>(ORG_ROLES, raw.organizationRole),
    teamRoles: readEntries(raw.teamRoles, 'teamRoles', (entry, path) =>
      pairOf<TeamRole>(
        'teamName',
        nameAt(field(entry, 'teamname'), at(path, 'teamName')),
        'roleName',
        nameAt(field(entry, 'rolename'), at(path, 'roleName')),
      ),
    ),
    registryRoles: readEntries(
      raw.registryRoles,
      'registryRoles',
      (entry, path) =>
        pairOf<RegistryRole>(
          'registryName',
          nameAt(field(entry, 'registryname'), at(path, 'registryName')),
          'roleName',
          nameAt(field(entry, 'rolename'), at(path, 'roleName')),
        ),
    ),
    groupIds: readEntries(raw.groups, 'groups', (entry, path) =>
      nameAt(field(entry, 'value'), at(path, 'value')),
    ),
    modelsSeat: oneOf<SeatLevel>(SEAT_LEVELS, raw.modelsSeat),
    weaveRole: oneOf<SeatLevel>(SEAT_LEVELS, raw.weaveRole),
    daysActive: optionalNumberAt(raw.daysActive, 'daysActive'),
    lastActiveAt: optionalTextAt(raw.lastActiveAt, 'lastActiveAt') ?? null,
    meta: meta(raw.meta),
  };
}

// A list keeps of `meta` only the version, which its writes send back as
// If-Match: the dates and the address are for the user's own page, which
// reads the user again. At 10,000 users that is a megabyte less to hold.
// Users who were never changed often share a version, and with it one
// small frozen `meta`.
const listedMetas = new Map<string, ResourceMeta>();
const NO_META: ResourceMeta = Object.freeze({});

function listedMeta(value: unknown): ResourceMeta {
  const { version } = readMeta(value);
  if (version === undefined) return NO_META;
  let meta = listedMetas.get(version);
  if (meta === undefined) {
    if (listedMetas.size >= MAX_NAMES) listedMetas.clear();
    meta = Object.freeze({ version });
    listedMetas.set(version, meta);
  }
  return meta;
}

/** Reads a user from a list answer, keeping what a list needs. */
export function readListedUser(payload: unknown): User {
  return readAnswer('user', payload, (value) =>
    readUserFields(value, listedMeta),
  );
}

/**
 * Reads one user as any server sends it into the console's `User`, or throws
 * a ScimError that says which field could not be read.
 */
export function readUser(payload: unknown): User {
  return readAnswer('user', payload, readUserFields);
}

function optionalCountAt(value: unknown, path: string): number | undefined {
  if (value === null || value === undefined) return undefined;
  const count = typeof value === 'string' ? Number(value) : value;
  if (typeof count === 'number' && Number.isFinite(count)) return count;
  throw new FieldError(path, 'expected a number');
}

/** Reads a ListResponse, applying `readItem` to each resource. */
export function readList<T>(
  payload: unknown,
  readItem: (item: unknown) => T,
): ListResult<T> {
  const raw = readAnswer('list', payload, (value) => {
    const list = objectAt(value, '');
    return {
      totalResults: optionalCountAt(list.totalResults, 'totalResults'),
      startIndex: optionalCountAt(list.startIndex, 'startIndex'),
      itemsPerPage: optionalCountAt(list.itemsPerPage, 'itemsPerPage'),
      // The RFC spells it `Resources`; some servers answer in lower case.
      resources: listAt(list.Resources ?? list.resources, 'Resources'),
    };
  });
  const items = raw.resources.map(readItem);

  return {
    items,
    totalResults: raw.totalResults ?? items.length,
    startIndex: raw.startIndex ?? 1,
    itemsPerPage: raw.itemsPerPage ?? items.length,
  };
}
