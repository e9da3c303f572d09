import type { Role, RoleBase, User } from '@/scim';

import {
  addedOf,
  type Baselines,
  inheritedOf,
  knownPermissions,
} from './role-model';

/** What a user may do in one team, and where each permission comes from. */
export type TeamAccess =
  | { kind: 'admin'; teamName: string; roleName: string; granted: string[] }
  | {
      kind: 'base' | 'custom';
      teamName: string;
      roleName: string;
      base: RoleBase;
      inherited: string[];
      added: string[];
    }
  | { kind: 'unknown'; teamName: string; roleName: string };

/**
 * The effective permissions of a user in each of their teams: those of their
 * team role, inherited ones included. A deactivated user may do nothing, so
 * they have no team access at all.
 */
export function teamAccessOf(
  user: User,
  roles: readonly Role[],
  baselines: Baselines,
): TeamAccess[] {
  if (!user.active) return [];

  return user.teamRoles.map(({ teamName, roleName }) => {
    const predefined = roleName.toLowerCase();
    if (predefined === 'admin') {
      return {
        kind: 'admin',
        teamName,
        roleName,
        granted: knownPermissions(roles),
      };
    }
    if (predefined === 'member' || predefined === 'viewer') {
      return {
        kind: 'base',
        teamName,
        roleName,
        base: predefined,
        inherited: baselines[predefined],
        added: [],
      };
    }
    const custom = roles.find((role) => role.name === roleName);
    if (!custom) return { kind: 'unknown', teamName, roleName };
    return {
      kind: 'custom',
      teamName,
      roleName,
      base: custom.inheritedFrom,
      inherited: inheritedOf(custom),
      added: addedOf(custom),
    };
  });
}
