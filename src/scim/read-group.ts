import { z } from 'zod';

import { ScimError } from './errors';
import type { Team, TeamMember } from './types';

/**
 * An object with its keys lower-cased: W&B capitalises keys (`Value`), RFC
 * servers do not, identity tooling mixes them. Shared by the team readers.
 */
export function lowerKeys(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return value;
  }
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key.toLowerCase(), item]),
  );
}

/** An id, as a string, whether the server sent a string or a number. */
export const id = z.union([z.string().min(1), z.number().transform(String)]);
const text = z.string().nullish().catch(undefined);

const bucketSchema = z
  .preprocess(
    lowerKeys,
    z.object({
      name: z.string(),
      provider: z.string(),
      path: text,
      kmskeyid: text,
      awsexternalid: text,
      azuretenantid: text,
      azureclientid: text,
    }),
  )
  .nullish()
  .catch(null);

const teamSchema = z.object({
  id,
  displayName: z.string(),
  // Read on their own (readMembers): a team may have 10,000 of them. RFC
  // servers (SCIMMY) leave the attribute out when a team has none.
  members: z.unknown().optional(),
  storageBucket: bucketSchema,
  meta: z
    .object({
      resourceType: z.string().optional(),
      created: z.string().optional(),
      lastModified: z.string().optional(),
      location: z.string().optional(),
      version: z.string().optional(),
    })
    .partial()
    .catch({})
    .optional(),
});

/**
 * Reads one team (a SCIM Group) as any server sends it into the console's
 * `Team`, or throws a ScimError that says which field could not be read.
 */
export function readTeam(payload: unknown): Team {
  const parsed = teamSchema.safeParse(payload);
  if (!parsed.success) throw unreadable('team', parsed.error);

  const raw = parsed.data;
  const bucket = raw.storageBucket;
  return {
    id: raw.id,
    name: raw.displayName,
    members: readMembers(raw.members),
    storageBucket: bucket
      ? {
          name: bucket.name,
          provider: bucket.provider,
          ...optional('path', bucket.path),
          ...optional('kmsKeyId', bucket.kmskeyid),
          ...optional('awsExternalId', bucket.awsexternalid),
          ...optional('azureTenantId', bucket.azuretenantid),
          ...optional('azureClientId', bucket.azureclientid),
        }
      : null,
    meta: raw.meta ?? {},
  };
}

/**
 * Reads `members` without a schema per entry, which cost a third of a second
 * for a 10,000-member team. W&B answers `null` for a team without members.
 */
function readMembers(value: unknown): TeamMember[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) {
    throw new ScimError(
      502,
      'The server sent a team whose members are not a list.',
    );
  }
  return value.map((entry: unknown, index) => {
    const fields = typeof entry === 'object' && entry !== null ? entry : {};
    const id = field(fields, 'value');
    const display = field(fields, 'display');
    if (typeof id !== 'string' && typeof id !== 'number') {
      throw new ScimError(
        502,
        `The server sent a team the console cannot read at "members.${index}.value".`,
      );
    }
    return {
      id: String(id),
      display: typeof display === 'string' ? display : '',
    };
  });
}

// `value`, W&B's `Value`, or any other casing identity tooling produces.
function field(entry: object, name: string): unknown {
  const record = entry as Record<string, unknown>;
  if (name in record) return record[name];
  const capitalised = name.charAt(0).toUpperCase() + name.slice(1);
  if (capitalised in record) return record[capitalised];
  const key = Object.keys(record).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : record[key];
}

function optional<K extends string>(key: K, value: string | null | undefined) {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}

/** The ScimError for an answer that failed its schema, naming the field. */
export function unreadable(what: string, error: z.ZodError): ScimError {
  const issue = error.issues[0];
  const where = issue?.path.length ? ` at "${issue.path.join('.')}"` : '';
  const why = issue ? `: ${issue.message}` : '';
  return new ScimError(
    502,
    `The server sent a ${what} the console cannot read${where}${why}.`,
  );
}
