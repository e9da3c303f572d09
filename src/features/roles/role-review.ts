import type { Role, RoleBase } from '@/scim';

import { grantedAdded, type RoleDraft } from './role-draft';
import { addedOf, type Baselines, inCatalogueOrder } from './role-model';

/** What saving a draft would change, as an admin reads it. */
export interface RoleReview {
  /** Permissions the role starts adding. */
  plus: string[];
  /** Permissions the role stops granting. */
  minus: string[];
  rename: { from: string; to: string } | null;
  descriptionChanged: boolean;
  baseChange: BaseChange | null;
}

/** What a change of base does to the role's permissions. */
export interface BaseChange {
  from: RoleBase;
  to: RoleBase;
  /** Added permissions the new base grants: they become inherited. */
  nowInherited: string[];
  /** Added permissions the new base lacks: they stay added. */
  stayAdded: string[];
  /** What the old base granted and the role no longer does. */
  noLongerGranted: string[];
}

/** Compares a draft with the role it started from (null for a new role). */
export function reviewOf(
  original: Role | null,
  draft: RoleDraft,
  baselines: Baselines,
): RoleReview {
  const before = original ? addedOf(original) : [];
  const after = grantedAdded(draft, baselines);
  const from = original?.inheritedFrom ?? draft.base;

  return {
    plus: after.filter((name) => !before.includes(name)),
    minus: before.filter(
      (name) => !after.includes(name) && !baselines[draft.base].includes(name),
    ),
    rename:
      original && draft.name.trim() !== original.name
        ? { from: original.name, to: draft.name.trim() }
        : null,
    descriptionChanged:
      original !== null && draft.description !== original.description,
    baseChange:
      from === draft.base
        ? null
        : baseChangeOf(from, draft, [...before, ...draft.added], baselines),
  };
}

/**
 * What moving `draft` from the base `from` to its own base does. `added` is
 * everything the admin had added under either base.
 */
export function baseChangeOf(
  from: RoleBase,
  draft: RoleDraft,
  added: readonly string[],
  baselines: Baselines,
): BaseChange {
  const oldBase = baselines[from];
  const newBase = baselines[draft.base];
  const after = grantedAdded(draft, baselines);
  return {
    from,
    to: draft.base,
    nowInherited: inCatalogueOrder(
      added.filter((name) => newBase.includes(name) && !oldBase.includes(name)),
    ),
    stayAdded: after,
    noLongerGranted: oldBase.filter(
      (name) => !newBase.includes(name) && !after.includes(name),
    ),
  };
}

export function hasChanges(review: RoleReview): boolean {
  return (
    review.plus.length > 0 ||
    review.minus.length > 0 ||
    review.rename !== null ||
    review.descriptionChanged ||
    review.baseChange !== null
  );
}
