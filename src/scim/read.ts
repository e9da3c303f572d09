import { z } from 'zod';

import { ScimError } from './errors';
import {
  type Email,
  type ListResult,
  ORG_ROLES,
  type OrgRole,
  SEAT_LEVELS,
  type SeatLevel,
  type User,
} from './types';

// Servers and identity providers disagree on key case (W&B answers `Value`,
// `Primary`), so small multi-valued entries are read with lower-cased keys.
function lowerKeys(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return value;
  }
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key.toLowerCase(), item]),
  );
}

// W&B sends `emails` as one object; RFC servers send an array; empty may be
// `null` or `[]`. All become an array.
function asList(value: unknown): unknown[] {
  if (value === null || value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

const looseBoolean = z.union([
  z.boolean(),
  z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(['true', 'false']))
    .transform((text) => text === 'true'),
]);

const emailSchema = z.preprocess(
  lowerKeys,
  z.object({
    value: z.string(),
    primary: looseBoolean.optional().catch(false),
    type: z.string().optional().catch(undefined),
  }),
);

const listOf = <T extends z.ZodType>(item: T) =>
  z.preprocess(asList, z.array(z.preprocess(lowerKeys, item)));

const teamRoleSchema = z.object({
  teamname: z.string(),
  rolename: z.string(),
});

const registryRoleSchema = z.object({
  registryname: z.string(),
  rolename: z.string(),
});

// Unknown or missing values read as null rather than failing the whole user.
function oneOf<T extends string>(
  allowed: readonly T[],
  value: unknown,
): T | null {
  const text = typeof value === 'string' ? value.toLowerCase() : '';
  return (allowed as readonly string[]).includes(text) ? (text as T) : null;
}

const metaSchema = z
  .object({
    resourceType: z.string().optional(),
    created: z.string().optional(),
    lastModified: z.string().optional(),
    location: z.string().optional(),
    version: z.string().optional(),
  })
  .partial()
  .catch({});

const userSchema = z.object({
  id: z.union([z.string().min(1), z.number().transform(String)]),
  userName: z.string(),
  displayName: z.string().nullish(),
  emails: z.preprocess(asList, z.array(emailSchema)),
  active: looseBoolean.nullish(),
  organizationRole: z.unknown().optional(),
  teamRoles: listOf(teamRoleSchema),
  registryRoles: listOf(registryRoleSchema),
  groups: listOf(z.object({ value: z.string() })),
  modelsSeat: z.unknown().optional(),
  weaveRole: z.unknown().optional(),
  daysActive: z.number().nullish(),
  lastActiveAt: z.string().nullish(),
  meta: metaSchema.optional(),
});

function primaryEmail(emails: Email[]): string {
  return (emails.find((email) => email.primary) ?? emails[0])?.value ?? '';
}

/**
 * Reads one user as any server sends it into the console's `User`, or throws
 * a ScimError that says which field could not be read.
 */
export function readUser(payload: unknown): User {
  const parsed = userSchema.safeParse(payload);
  if (!parsed.success) throw unreadable('user', parsed.error);

  const raw = parsed.data;
  const emails: Email[] = raw.emails.map((email) => ({
    value: email.value,
    primary: email.primary ?? false,
    ...(email.type ? { type: email.type } : {}),
  }));

  return {
    id: raw.id,
    userName: raw.userName,
    displayName: raw.displayName ?? '',
    email: primaryEmail(emails),
    emails,
    active: raw.active ?? true,
    organizationRole: oneOf<OrgRole>(ORG_ROLES, raw.organizationRole),
    teamRoles: raw.teamRoles.map((role) => ({
      teamName: role.teamname,
      roleName: role.rolename,
    })),
    registryRoles: raw.registryRoles.map((role) => ({
      registryName: role.registryname,
      roleName: role.rolename,
    })),
    groupIds: raw.groups.map((group) => group.value),
    modelsSeat: oneOf<SeatLevel>(SEAT_LEVELS, raw.modelsSeat),
    weaveRole: oneOf<SeatLevel>(SEAT_LEVELS, raw.weaveRole),
    daysActive: raw.daysActive ?? null,
    lastActiveAt: raw.lastActiveAt ?? null,
    meta: raw.meta ?? {},
  };
}

const listSchema = z.object({
  totalResults: z.coerce.number().optional(),
  startIndex: z.coerce.number().optional(),
  itemsPerPage: z.coerce.number().optional(),
  Resources: z.unknown().optional(),
  resources: z.unknown().optional(),
});

/** Reads a ListResponse, applying `readItem` to each resource. */
export function readList<T>(
  payload: unknown,
  readItem: (item: unknown) => T,
): ListResult<T> {
  const parsed = listSchema.safeParse(payload);
  if (!parsed.success) throw unreadable('list', parsed.error);

  const raw = parsed.data;
  // The RFC spells it `Resources`; some servers answer in lower case.
  const items = asList(raw.Resources ?? raw.resources).map(readItem);

  return {
    items,
    totalResults: raw.totalResults ?? items.length,
    startIndex: raw.startIndex ?? 1,
    itemsPerPage: raw.itemsPerPage ?? items.length,
  };
}

function unreadable(what: string, error: z.ZodError): ScimError {
  const issue = error.issues[0];
  const where = issue?.path.length ? ` at "${issue.path.join('.')}"` : '';
  const why = issue ? `: ${issue.message}` : '';
  return new ScimError(
    502,
    `The server sent a ${what} the console cannot read${where}${why}.`,
  );
}
