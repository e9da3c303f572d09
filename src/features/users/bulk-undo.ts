import type { User } from '@/scim';

import {
  type BulkItem,
  type BulkJob,
  planJobs,
  type RestoredFields,
} from './bulk-plan';

export const UNDO_REMOVED_REASON =
  'Multi-tenant Cloud removed this user from the organization when it deactivated them; a removed user cannot be re-enabled.';

/**
 * The inverse of every change that succeeded: re-enable what was
 * deactivated, deactivate what was re-enabled, and give each user their
 * previous org role back (with the seats and team roles a viewer remap took).
 * Each inverse is made against the copy the server answered, so its ETag is
 * the one the change left.
 */
export function undoItems(
  items: readonly BulkItem[],
  users: readonly User[],
  { multiTenant }: { multiTenant: boolean },
): BulkItem[] {
  const undoable: BulkJob[] = [];
  const result: (BulkItem | number)[] = [];

  for (const { job, outcome } of items) {
    if (outcome.status !== 'done') continue;
    const inverse = inverseOf(job, outcome.after, multiTenant);
    if (typeof inverse === 'string') {
      result.push({ job, outcome: { status: 'skipped', reason: inverse } });
    } else {
      result.push(undoable.length);
      undoable.push(inverse);
    }
  }

  const planned = planJobs(undoable, users);
  return result.flatMap((entry) =>
    typeof entry === 'number' ? (planned[entry] ?? []) : entry,
  );
}

/** The job that reverts one change, or why there is none. */
function inverseOf(
  { user: before, change }: BulkJob,
  after: User | null,
  multiTenant: boolean,
): BulkJob | string {
  if (!after) return UNDO_REMOVED_REASON;

  if (change.kind === 'active') {
    return { user: after, change: { kind: 'active', active: !change.active } };
  }
  if (!before.organizationRole) {
    return 'The user had no organization role to go back to.';
  }
  return {
    user: after,
    change: {
      kind: 'role',
      role: before.organizationRole,
      restore: restoredFields(before, after, multiTenant),
    },
  };
}

// Assigning `viewer` also lowers seats and every team role; undo puts back
// what changed. Multi-tenant Cloud takes no seat fields, so those stay.
function restoredFields(
  before: User,
  after: User,
  multiTenant: boolean,
): RestoredFields | undefined {
  const restore: RestoredFields = {};
  if (
    !multiTenant &&
    before.modelsSeat &&
    before.modelsSeat !== after.modelsSeat
  ) {
    restore.modelsSeat = before.modelsSeat;
  }
  if (
    !multiTenant &&
    before.weaveRole &&
    before.weaveRole !== after.weaveRole
  ) {
    restore.weaveRole = before.weaveRole;
  }
  const teamRoles = before.teamRoles.filter((role) =>
    after.teamRoles.some(
      (now) => now.teamName === role.teamName && now.roleName !== role.roleName,
    ),
  );
  if (teamRoles.length > 0) restore.teamRoles = teamRoles;

  return Object.keys(restore).length > 0 ? restore : undefined;
}
