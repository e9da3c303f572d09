import type { StoredRole } from '../model';
import type { MockStore } from '../store';
import { bad, checkNameFree, readRoleFields } from './role-input';

/**
 * Creates a custom role from a POST body: a name no other role has, a base of
 * member or viewer, and only the permissions it adds.
 */
export function createRole(store: MockStore, body: unknown): StoredRole {
  const fields = readRoleFields(body);
  if (!fields.name) throw bad('name is required.', 'invalidValue');
  if (!fields.inheritedFrom) {
    throw bad('inheritedFrom is required (member or viewer).', 'invalidValue');
  }
  checkNameFree(store, fields.name);

  const now = new Date().toISOString();
  const role: StoredRole = {
    id: newRoleId(store),
    name: fields.name,
    description: fields.description ?? '',
    inheritedFrom: fields.inheritedFrom,
    permissions: fields.permissions ?? [],
    created: now,
    lastModified: now,
    version: 0,
  };
  store.state.roles.push(role);
  return store.touch(role);
}

// Derived from the store's clock, so that a demo gives the same ids each time.
function newRoleId(store: MockStore): string {
  const taken = new Set(store.state.roles.map((role) => role.id));
  let n = store.state.clock;
  while (taken.has(roleId(n))) n += 1;
  return roleId(n);
}

function roleId(n: number): string {
  return `r${n.toString(16).padStart(15, '0')}`;
}
