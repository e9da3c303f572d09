import {
  catalogueBaseline,
  meaningOf,
  objectLabel,
  objectOf,
  PERMISSION_CATALOGUE,
  PERMISSION_OBJECTS,
} from '@/lib/permissions';
import { type Role, ROLE_BASES, type RoleBase } from '@/scim';

/** What each base role holds, as far as the console knows. */
export type Baselines = Record<RoleBase, string[]>;

/** The permissions a role adds to its base. */
export function addedOf(role: Role): string[] {
  return role.permissions.filter((p) => !p.isInherited).map((p) => p.name);
}

/** The permissions a role takes from its base. */
export function inheritedOf(role: Role): string[] {
  return role.permissions.filter((p) => p.isInherited).map((p) => p.name);
}

/**
 * The baselines as the server shows them: a role's inherited permissions are
 * its base's. A base no role uses yet falls back to the catalogue.
 */
export function learnBaselines(roles: readonly Role[]): Baselines {
  const learn = (base: RoleBase) => {
    const seen = roles
      .filter((role) => role.inheritedFrom === base)
      .flatMap(inheritedOf);
    return seen.length > 0 ? [...new Set(seen)] : catalogueBaseline(base);
  };
  return Object.fromEntries(
    ROLE_BASES.map((base) => [base, learn(base)]),
  ) as Baselines;
}

/**
 * Every permission the console can offer: the catalogue, every permission
 * seen in any role on the server, and names the admin typed. Live servers
 * may know permissions the catalogue lacks.
 */
export function knownPermissions(
  roles: readonly Role[],
  extra: readonly string[] = [],
): string[] {
  const catalogue = PERMISSION_CATALOGUE.map((p) => p.name);
  const learned = roles.flatMap((role) => role.permissions.map((p) => p.name));
  const others = [...new Set([...learned, ...extra])]
    .filter((name) => !catalogue.includes(name))
    .sort();
  return [...catalogue, ...others];
}

export interface PermissionGroup {
  object: string;
  label: string;
  permissions: string[];
}

/** Groups permissions by object: the catalogue's objects first, in order. */
export function groupByObject(names: readonly string[]): PermissionGroup[] {
  const order = Object.keys(PERMISSION_OBJECTS);
  const objects = [...new Set(names.map(objectOf))].sort((a, b) => {
    const rank = (o: string) => (order.includes(o) ? order.indexOf(o) : 99);
    return rank(a) - rank(b) || a.localeCompare(b);
  });
  return objects.map((object) => ({
    object,
    label: objectLabel(object),
    permissions: names.filter((name) => objectOf(name) === object),
  }));
}

/** What a permission allows, in words, also for one the catalogue lacks. */
export function describePermission(name: string): string {
  return (
    meaningOf(name) ?? 'Not in the console’s catalogue; the server decides.'
  );
}

/** Sorts names in catalogue order, unknown ones after, alphabetically. */
export function inCatalogueOrder(names: Iterable<string>): string[] {
  const list = [...new Set(names)];
  return knownPermissions([], list).filter((name) => list.includes(name));
}
