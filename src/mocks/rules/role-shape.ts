import { catalogueBaseline } from '@/lib/permissions';

import type { StoredRole } from '../model';

/** The organization every mock role belongs to. */
export const MOCK_ORGANIZATION_ID = 'org-demo-0001';

/**
 * The permissions a role grants: its base's, marked inherited, then the ones
 * it adds. An added permission the base now holds (after a base change) is
 * listed once, as inherited.
 */
export function grantedPermissions(role: StoredRole) {
  const inherited = catalogueBaseline(role.inheritedFrom);
  const added = role.permissions.filter((name) => !inherited.includes(name));
  return [
    ...inherited.map((name) => ({ name, isInherited: true })),
    ...added.map((name) => ({ name, isInherited: false })),
  ];
}

/** A role as W&B answers it, `schemas: [""]` included. */
export function representRole(
  role: StoredRole,
  origin: string,
): Record<string, unknown> {
  return {
    schemas: [''],
    id: role.id,
    name: role.name,
    description: role.description,
    inheritedFrom: role.inheritedFrom,
    organizationID: MOCK_ORGANIZATION_ID,
    permissions: grantedPermissions(role),
    meta: {
      resourceType: 'Role',
      created: role.created,
      lastModified: role.lastModified,
      location: `${origin}/scim/Roles/${role.id}`,
      version: `W/"${role.version}"`,
    },
  };
}
