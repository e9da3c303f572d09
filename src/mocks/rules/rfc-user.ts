import { USER_SCHEMA } from '@/scim/users';

import { buildUser } from '../fixtures';
import { MockHttpError } from '../http';
import type { StoredEmail, StoredUser } from '../model';
import type { MockStore } from '../store';
import { isRecord, keyOf } from './resource-path';
import { type MembershipIndex, representUser } from './user-shape';

export const ENTERPRISE_USER =
  'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

// The RFC 7643 User attributes W&B does not keep; the rfc profile stores
// them as sent and answers them back. Anything else a client sends (a
// misspelt `adreses`) is dropped, as RFC 7644 3.3 lets a server do.
const RFC_ONLY = [
  'externalId',
  'name',
  'nickName',
  'profileUrl',
  'title',
  'userType',
  'preferredLanguage',
  'locale',
  'timezone',
  'phoneNumbers',
  'ims',
  'photos',
  'addresses',
  'entitlements',
  'roles',
  'x509Certificates',
  ENTERPRISE_USER,
];

/** Every standard attribute the rfc profile keeps, as RFC 7643 spells it. */
export const STANDARD_USER_ATTRIBUTES = [
  'userName',
  'displayName',
  'emails',
  ...RFC_ONLY,
];

/** The standard attributes of a user, read from a POST or PUT body. */
export interface RfcUserFields {
  userName: string;
  displayName: string | null;
  active: boolean;
  emails: StoredEmail[];
  rfc: Record<string, unknown>;
}

/** Reads a User body with RFC rules: only userName is required. */
export function readRfcUser(body: unknown): RfcUserFields {
  if (!isRecord(body)) throw bad('The request body must be a JSON object.');
  const field = (name: string) => {
    const key = keyOf(body, name);
    return key === undefined ? undefined : body[key];
  };

  const userName = field('userName');
  if (typeof userName !== 'string' || !userName.trim()) {
    throw bad('userName is required.');
  }
  const displayName = field('displayName');
  const rfc: Record<string, unknown> = {};
  for (const name of RFC_ONLY) {
    const value = field(name);
    if (value !== undefined && value !== null) rfc[name] = value;
  }

  return {
    userName: userName.trim(),
    displayName: typeof displayName === 'string' ? displayName : null,
    active: readBoolean(field('active') ?? true),
    emails: readEmails(field('emails')),
    rfc,
  };
}

/** 409 when another user already has this userName (case-insensitive). */
export function checkUserNameFree(
  store: MockStore,
  userName: string,
  exceptId?: string,
): void {
  const wanted = userName.toLowerCase();
  const taken = store.state.users.some(
    (user) => user.id !== exceptId && user.userName.toLowerCase() === wanted,
  );
  if (taken) {
    throw new MockHttpError(
      409,
      `A user with userName "${userName}" already exists.`,
      'uniqueness',
    );
  }
}

/** POST /Users in the rfc profile. */
export function createRfcUser(store: MockStore, body: unknown): StoredUser {
  const fields = readRfcUser(body);
  checkUserNameFree(store, fields.userName);
  const now = new Date().toISOString();
  const user = buildUser({
    id: `u${crypto.randomUUID().replace(/-/g, '').slice(0, 15)}`,
    ...fields,
    created: now,
    lastModified: now,
  });
  store.state.users.push(user);
  store.touch(user);
  return user;
}

/** PUT /Users/{id}: the standard attributes are replaced as a whole. */
export function replaceRfcUser(
  store: MockStore,
  user: StoredUser,
  body: unknown,
): void {
  const fields = readRfcUser(body);
  checkUserNameFree(store, fields.userName, user.id);
  Object.assign(user, fields);
  store.touch(user);
}

/** A user as the rfc profile answers it: W&B's fields and the RFC's. */
export function representRfcUser(
  store: MockStore,
  user: StoredUser,
  origin: string,
  memberships?: MembershipIndex,
): Record<string, unknown> {
  const base = representUser(store, user, origin, memberships);
  const extended = user.rfc?.[ENTERPRISE_USER] !== undefined;
  return {
    ...base,
    schemas: extended ? [USER_SCHEMA, ENTERPRISE_USER] : [USER_SCHEMA],
    ...user.rfc,
    emails: user.emails.map((email) => ({
      value: email.value,
      type: email.type ?? 'work',
      primary: email.primary,
    })),
  };
}

function readEmails(value: unknown): StoredEmail[] {
  if (value === undefined || value === null) return [];
  const entries = Array.isArray(value) ? value : [value];
  const emails = entries.filter(isRecord).map((entry) => {
    const at = (name: string) => {
      const key = keyOf(entry, name);
      return key === undefined ? undefined : entry[key];
    };
    const address = at('value');
    if (typeof address !== 'string' || !address.trim()) {
      throw bad('Each email needs a value.');
    }
    const type = at('type');
    return {
      value: address.trim(),
      primary: readBoolean(at('primary') ?? false),
      ...(typeof type === 'string' && type ? { type } : {}),
    };
  });
  // RFC 7643 2.4: at most one primary; the first one named wins.
  const primary = emails.findIndex((email) => email.primary);
  return emails.map((email, index) => ({
    ...email,
    primary: index === primary,
  }));
}

// Identity providers send "True" and "False" as strings.
export function readBoolean(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  const text = typeof value === 'string' ? value.trim().toLowerCase() : '';
  if (text === 'true') return true;
  if (text === 'false') return false;
  throw bad('A boolean attribute must be true or false.');
}

export function bad(detail: string, scimType = 'invalidValue') {
  return new MockHttpError(400, detail, scimType);
}
