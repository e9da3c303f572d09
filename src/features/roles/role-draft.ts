import type { Role, RoleBase, RoleInput, RolePermissionChange } from '@/scim';

import { addedOf, type Baselines } from './role-model';

/**
 * What the admin is editing. `added` may hold permissions the chosen base
 * already grants: they are kept so that switching the base back restores
 * them, and are sent only while the base lacks them.
 */
export interface RoleDraft {
  name: string;
  description: string;
  base: RoleBase;
  added: string[];
}

export const NEW_ROLE_DRAFT: RoleDraft = {
  name: '',
  description: '',
  base: 'viewer',
  added: [],
};

export function draftOf(role: Role): RoleDraft {
  return {
    name: role.name,
    description: role.description,
    base: role.inheritedFrom,
    added: addedOf(role),
  };
}

/** The permissions the draft adds on top of its base. */
export function grantedAdded(draft: RoleDraft, baselines: Baselines): string[] {
  const inherited = baselines[draft.base];
  return draft.added.filter((name) => !inherited.includes(name));
}

/** Ticks or unticks one permission. */
export function toggle(
  draft: RoleDraft,
  name: string,
  checked: boolean,
): RoleDraft {
  const rest = draft.added.filter((added) => added !== name);
  return { ...draft, added: checked ? [...rest, name] : rest };
}

/** The request that saves a draft, the smallest that is correct. */
export type SavePlan =
  | { kind: 'none' }
  | { kind: 'create'; input: RoleInput }
  | { kind: 'patch'; change: Required<RolePermissionChange> }
  | { kind: 'put'; input: RoleInput };

/**
 * Creates a new role; sends a PATCH of permissions when only permissions
 * changed; a PUT when the name, description or base changed.
 */
export function planSave(
  original: Role | null,
  draft: RoleDraft,
  baselines: Baselines,
): SavePlan {
  const input: RoleInput = {
    name: draft.name.trim(),
    description: draft.description,
    inheritedFrom: draft.base,
    permissions: grantedAdded(draft, baselines),
  };
  if (!original) return { kind: 'create', input };

  const before = addedOf(original);
  const add = input.permissions.filter((name) => !before.includes(name));
  const remove = before.filter((name) => !input.permissions.includes(name));
  const fieldsChanged =
    input.name !== original.name ||
    input.description !== original.description ||
    input.inheritedFrom !== original.inheritedFrom;

  if (fieldsChanged) return { kind: 'put', input };
  if (add.length || remove.length)
    return { kind: 'patch', change: { add, remove } };
  return { kind: 'none' };
}

/**
 * Re-applies what the admin changed in `draft` (relative to `original`) on
 * top of a fresh copy from the server, for a save that met a 412.
 */
export function rebase(
  original: Role,
  draft: RoleDraft,
  fresh: Role,
): RoleDraft {
  const mine = draftOf(original);
  const theirs = draftOf(fresh);
  const ticked = draft.added.filter((name) => !mine.added.includes(name));
  const unticked = mine.added.filter((name) => !draft.added.includes(name));

  return {
    name: draft.name !== mine.name ? draft.name : theirs.name,
    description:
      draft.description !== mine.description
        ? draft.description
        : theirs.description,
    base: draft.base !== mine.base ? draft.base : theirs.base,
    added: [...new Set([...theirs.added, ...ticked])].filter(
      (name) => !unticked.includes(name),
    ),
  };
}
