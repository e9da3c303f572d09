import { ScimError } from './errors';
import {
  idAt,
  isRecord,
  lowerKeys,
  objectAt,
  readAnswer,
  readMeta,
  textAt,
} from './read-fields';
import type { StorageBucket, Team, TeamMember } from './types';

/**
 * Reads one team (a SCIM Group) as any server sends it into the console's
 * `Team`, or throws a ScimError that says which field could not be read.
 */
export function readTeam(payload: unknown): Team {
  return readAnswer('team', payload, (value) => {
    const raw = objectAt(value, '');
    return {
      id: idAt(raw.id, 'id'),
      name: textAt(raw.displayName, 'displayName'),
      // Read on their own (readMembers): a team may have 10,000 of them. RFC
      // servers (SCIMMY) leave the attribute out when a team has none.
      members: readMembers(raw.members),
      storageBucket: readBucket(raw.storageBucket),
      meta: readMeta(raw.meta),
    };
  });
}

// Keys in any case. A bucket that cannot be read shows as none rather than
// hiding the whole team: the console only shows it, never sends it back.
function readBucket(value: unknown): StorageBucket | null {
  const bucket = lowerKeys(value);
  if (!isRecord(bucket)) return null;
  const { name, provider } = bucket;
  if (typeof name !== 'string' || typeof provider !== 'string') return null;
  return {
    name,
    provider,
    ...optional('path', bucket.path),
    ...optional('kmsKeyId', bucket.kmskeyid),
    ...optional('awsExternalId', bucket.awsexternalid),
    ...optional('azureTenantId', bucket.azuretenantid),
    ...optional('azureClientId', bucket.azureclientid),
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

function optional<K extends string>(key: K, value: unknown) {
  return typeof value === 'string' && value
    ? ({ [key]: value } as Record<K, string>)
    : {};
}
