import type { StoredRole } from '../model';
import type { MockStore } from '../store';

/**
 * Deletes a custom role. Everyone holding it, in any team, falls back to the
 * predefined role it inherited from, as W&B does.
 */
export function deleteRole(store: MockStore, role: StoredRole): void {
  const holders = store.state.users.filter((user) =>
    user.teamRoles.some((held) => held.roleName === role.name),
  );
  for (const user of holders) {
    user.teamRoles = user.teamRoles.map((held) =>
      held.roleName === role.name
        ? { ...held, roleName: role.inheritedFrom }
        : held,
    );
  }

  store.state.roles = store.state.roles.filter((kept) => kept.id !== role.id);
  // One write: the holders' new versions and the role's removal together.
  store.touchAll(holders);
}
