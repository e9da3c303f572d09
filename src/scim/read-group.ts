import { z } from 'zod';

import { ScimError } from './errors';
import type { NewServiceAccount, ServiceAccount, Team } from './types';

// W&B answers members as `{Value, Display, Ref, Type}`; RFC servers answer
// `{value, display, $ref, type}`; identity tooling mixes them. Entries are
// read with lower-cased keys.
function lowerKeys(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return value;
  }
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key.toLowerCase(), item]),
  );
}

const id = z.union([z.string().min(1), z.number().transform(String)]);
const text = z.string().nullish().catch(undefined);

const memberSchema = z.preprocess(
  lowerKeys,
  z.object({ value: id, display: text }),
);

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
  // W&B answers `null` for a team without members.
  members: z.array(memberSchema).nullish(),
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
    members: (raw.members ?? []).map((member) => ({
      id: member.value,
      display: member.display ?? '',
    })),
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

const serviceAccountSchema = z.preprocess(
  lowerKeys,
  z.object({
    id,
    description: z.string().nullish(),
    teamid: id.nullish(),
    teams: z.array(z.preprocess(lowerKeys, z.object({ value: id }))).nullish(),
    apikey: z.string().nullish(),
    meta: z.object({ created: z.string().optional() }).partial().catch({}),
  }),
);

/** Reads one service account from the (undocumented) ServiceAccounts API. */
export function readServiceAccount(payload: unknown): ServiceAccount {
  const { apiKey: _apiKey, ...account } = readNewServiceAccount(payload);
  return account;
}

/** Reads the answer to a create, which carries the API key, shown once. */
export function readNewServiceAccount(payload: unknown): NewServiceAccount {
  const parsed = serviceAccountSchema.safeParse(payload);
  if (!parsed.success) throw unreadable('service account', parsed.error);

  const raw = parsed.data;
  return {
    id: raw.id,
    description: raw.description ?? '',
    teamId: raw.teamid ?? null,
    teamIds: (raw.teams ?? []).map((team) => team.value),
    created: raw.meta?.created ?? null,
    apiKey: raw.apikey ?? '',
  };
}

function optional<K extends string>(key: K, value: string | null | undefined) {
  return value ? ({ [key]: value } as Record<K, string>) : {};
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
