import type { OrgRole, SeatLevel, TeamRole, User } from '@/scim';

import { orgRoleLabel } from './format';
import { lastAdminReason } from './last-admin';

/** What the admin asked for, for every selected user. */
export type BulkAction =
  | { kind: 'deactivate' }
  | { kind: 'reenable' }
  | { kind: 'role'; role: OrgRole };

/** What a role change undoes besides the role: the viewer remap's effects. */
export interface RestoredFields {
  modelsSeat?: SeatLevel;
  weaveRole?: SeatLevel;
  teamRoles?: TeamRole[];
}

/** One write to one user. */
export type BulkChange =
  | { kind: 'active'; active: boolean }
  | { kind: 'role'; role: OrgRole; restore?: RestoredFields };

/** A change and the copy of the user it is made against (its ETag). */
export interface BulkJob {
  user: User;
  change: BulkChange;
}

export type BulkOutcome =
  | { status: 'pending' }
  | { status: 'done'; after: User | null }
  | { status: 'failed'; detail: string }
  | { status: 'skipped'; reason: string };

export interface BulkItem {
  job: BulkJob;
  outcome: BulkOutcome;
}

export function changeFor(action: BulkAction): BulkChange {
  if (action.kind === 'role') return { kind: 'role', role: action.role };
  return { kind: 'active', active: action.kind === 'reenable' };
}

/** The selected users as jobs, each pending or skipped with why. */
export function planBulk(
  action: BulkAction,
  selected: readonly User[],
  users: readonly User[],
): BulkItem[] {
  const change = changeFor(action);
  return planJobs(
    selected.map((user) => ({ user, change })),
    users,
  );
}

/**
 * Decides which jobs to send. In order, each admin who would stop being an
 * active admin counts as leaving; the one whose leaving would leave nobody
 * is skipped, since the API would let the organization lock itself out.
 */
export function planJobs(
  jobs: readonly BulkJob[],
  users: readonly User[],
): BulkItem[] {
  const leaving: User[] = [];

  return jobs.map((job) => {
    const reason =
      alreadyReason(job) ?? lastAdminSkip(job, users, leaving) ?? null;
    return {
      job,
      outcome: reason ? { status: 'skipped', reason } : { status: 'pending' },
    };
  });
}

function alreadyReason({ user, change }: BulkJob): string | null {
  if (change.kind === 'active') {
    if (change.active === user.active) {
      return change.active ? 'Already active.' : 'Already deactivated.';
    }
    return null;
  }
  // A restore also puts back seats and team roles, so it is sent anyway.
  if (!change.restore && user.organizationRole === change.role) {
    return `Already ${orgRoleLabel(change.role).toLowerCase()}.`;
  }
  return null;
}

function lastAdminSkip(
  { user, change }: BulkJob,
  users: readonly User[],
  leaving: User[],
): string | null {
  const stopsBeingAdmin =
    change.kind === 'active' ? !change.active : change.role !== 'admin';
  if (!stopsBeingAdmin || !user.active || user.organizationRole !== 'admin') {
    return null;
  }

  const reason = lastAdminReason(users, [...leaving, user]);
  if (!reason) leaving.push(user);
  return reason;
}

export function countOutcomes(items: readonly BulkItem[]) {
  const counts = { pending: 0, done: 0, failed: 0, skipped: 0 };
  for (const item of items) counts[item.outcome.status] += 1;
  return counts;
}

/** "1 user", "30 users". */
export function usersCount(n: number): string {
  return `${n} ${n === 1 ? 'user' : 'users'}`;
}

/** The skipped items grouped by why, for a summary. */
export function skipReasons(items: readonly BulkItem[]): [string, number][] {
  const reasons = new Map<string, number>();
  for (const { outcome } of items) {
    if (outcome.status === 'skipped') {
      reasons.set(outcome.reason, (reasons.get(outcome.reason) ?? 0) + 1);
    }
  }
  return [...reasons];
}
