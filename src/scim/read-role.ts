import { z } from 'zod';

import { ScimError } from './errors';
import { type Role, ROLE_BASES, type RolePermission } from './types';

// W&B spells `organizationID` and `isInherited` in its own way and identity
// tooling re-cases keys, so a role is read with lower-cased keys.
function lowerKeys(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return value;
  }
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key.toLowerCase(), item]),
  );
}

const flag = z
  .union([
    z.boolean(),
    z.string().transform((t) => t.trim().toLowerCase() === 'true'),
  ])
  .nullish()
  .transform((value) => value ?? false);

// An entry is `{name, isInherited}`; a bare name counts as an added one.
const permissionSchema = z.preprocess(
  (entry) => (typeof entry === 'string' ? { name: entry } : lowerKeys(entry)),
  z.object({ name: z.string().min(1), isinherited: flag }),
);

const roleSchema = z.preprocess(
  lowerKeys,
  z.object({
    id: z.union([z.string().min(1), z.number().transform(String)]),
    name: z.string(),
    description: z.string().nullish(),
    inheritedfrom: z
      .string()
      .transform((text) => text.toLowerCase())
      .pipe(z.enum(ROLE_BASES)),
    permissions: z.array(permissionSchema).nullish(),
    organizationid: z.union([z.string(), z.number()]).nullish(),
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
  }),
);

/**
 * Reads one custom role as any server sends it (W&B's `schemas: [""]`,
 * `null` permissions, flags as strings) into the console's `Role`, or throws
 * a ScimError naming the field it could not read.
 */
export function readRole(payload: unknown): Role {
  const parsed = roleSchema.safeParse(payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at "${issue.path.join('.')}"` : '';
    throw new ScimError(
      502,
      `The server sent a role the console cannot read${where}: ${issue?.message ?? 'invalid'}.`,
    );
  }

  const raw = parsed.data;
  return {
    id: raw.id,
    name: raw.name,
    description: raw.description ?? '',
    inheritedFrom: raw.inheritedfrom,
    permissions: uniqueByName(
      (raw.permissions ?? []).map((entry) => ({
        name: entry.name,
        isInherited: entry.isinherited,
      })),
    ),
    organizationId:
      raw.organizationid === null || raw.organizationid === undefined
        ? null
        : String(raw.organizationid),
    meta: raw.meta ?? {},
  };
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
