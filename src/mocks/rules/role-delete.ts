import type { StoredRole } from '../model';
import type { MockStore } from '../store';

/**
 * Deletes a custom role. Everyone holding it, in any team, falls back to the
 * predefined role it inherited from, as W&B does.
 */
export function deleteRole(store: MockStore, role: StoredRole): void {
  for (const user of store.state.users) {
    if (!user.teamRoles.some((held) => held.roleName === role.name)) continue;
    user.teamRoles = user.teamRoles.map((held) =>
      held.roleName === role.name
        ? { ...held, roleName: role.inheritedFrom }
        : held,
    );
    store.touch(user);
  }

  store.state.roles = store.state.roles.filter((kept) => kept.id !== role.id);
  store.commit();
}
