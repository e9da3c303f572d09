import {
  at,
  FieldError,
  idAt,
  lowerKeys,
  objectAt,
  optionalListAt,
  optionalTextAt,
  readAnswer,
  readMeta,
  textAt,
} from './read-fields';
import {
  type Role,
  ROLE_BASES,
  type RoleBase,
  type RolePermission,
} from './types';

/**
 * Reads one custom role as any server sends it (W&B's `schemas: [""]`,
 * `null` permissions, flags as strings) into the console's `Role`, or throws
 * a ScimError naming the field it could not read.
 */
export function readRole(payload: unknown): Role {
  return readAnswer('role', payload, (value) => {
    // W&B spells `organizationID` and `isInherited` in its own way and
    // identity tooling re-cases keys, so a role is read with lower-cased keys.
    const raw = objectAt(lowerKeys(value), '');
    const organizationId = raw.organizationid;
    if (
      organizationId !== null &&
      organizationId !== undefined &&
      typeof organizationId !== 'string' &&
      typeof organizationId !== 'number'
    ) {
      throw new FieldError('organizationid', 'expected an id');
    }

    return {
      id: idAt(raw.id, 'id'),
      name: textAt(raw.name, 'name'),
      description: optionalTextAt(raw.description, 'description') ?? '',
      inheritedFrom: readBase(raw.inheritedfrom),
      permissions: uniqueByName(
        optionalListAt(raw.permissions, 'permissions').map((entry, index) =>
          readPermission(entry, at('permissions', index)),
        ),
      ),
      organizationId:
        organizationId === null || organizationId === undefined
          ? null
          : String(organizationId),
      meta: readMeta(raw.meta),
    };
  });
}

function readBase(value: unknown): RoleBase {
  const base = textAt(value, 'inheritedfrom').toLowerCase();
  const known = ROLE_BASES.find((name) => name === base);
  if (known) return known;
  throw new FieldError(
    'inheritedfrom',
    `expected one of ${ROLE_BASES.join(', ')}, got "${base}"`,
  );
}

// An entry is `{name, isInherited}`; a bare name counts as an added one.
function readPermission(entry: unknown, path: string): RolePermission {
  const fields = objectAt(
    typeof entry === 'string' ? { name: entry } : lowerKeys(entry),
    path,
  );
  const name = textAt(fields.name, at(path, 'name'));
  if (name === '') throw new FieldError(at(path, 'name'), 'expected a name');
  return {
    name,
    isInherited: readFlag(fields.isinherited, at(path, 'isinherited')),
  };
}

// A boolean, or W&B's `"true"`/`"false"`; missing means false.
function readFlag(value: unknown, path: string): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') return value.trim().toLowerCase() === 'true';
  throw new FieldError(path, `expected true or false, got ${typeof value}`);
}

// A permission listed twice counts once; inherited wins, since the role
// cannot take it away.
function uniqueByName(permissions: RolePermission[]): RolePermission[] {
  const byName = new Map<string, RolePermission>();
  for (const permission of permissions) {
    const seen = byName.get(permission.name);
    if (!seen || permission.isInherited)
      byName.set(permission.name, permission);
  }
  return [...byName.values()];
}
