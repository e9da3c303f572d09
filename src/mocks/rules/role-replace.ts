import type { StoredRole } from '../model';
import type { MockStore } from '../store';
import { bad, checkNameFree, readRoleFields } from './role-input';

/**
 * Replaces a role from a PUT body. Changing `inheritedFrom` leaves the added
 * permissions as they are unless the body lists new ones; a rename follows
 * into the team roles of everyone holding the role, which name it.
 */
export function replaceRole(
  store: MockStore,
  role: StoredRole,
  body: unknown,
): StoredRole {
  const fields = readRoleFields(body);
  if (!fields.name) throw bad('name is required.', 'invalidValue');
  checkNameFree(store, fields.name, role.id);

  const oldName = role.name;
  role.name = fields.name;
  role.description = fields.description ?? role.description;
  role.inheritedFrom = fields.inheritedFrom ?? role.inheritedFrom;
  role.permissions = fields.permissions ?? role.permissions;

  const holders =
    oldName === role.name ? [] : renameHeldRole(store, oldName, role.name);
  store.touchAll([role, ...holders]);
  return role;
}

/** Renames the role in everyone's team roles; answers whom it changed. */
function renameHeldRole(store: MockStore, from: string, to: string) {
  const holders = store.state.users.filter((user) =>
    user.teamRoles.some((held) => held.roleName === from),
  );
  for (const user of holders) {
    user.teamRoles = user.teamRoles.map((held) =>
      held.roleName === from ? { ...held, roleName: to } : held,
    );
  }
  return holders;
}
