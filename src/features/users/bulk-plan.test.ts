import { describe, expect, it } from 'vitest';

import { buildUser } from '@/mocks/fixtures';
import type { StoredUser } from '@/mocks/model';
import { readUser, type User } from '@/scim';

import { type BulkItem, countOutcomes, planBulk } from './bulk-plan';
import { UNDO_REMOVED_REASON, undoItems } from './bulk-undo';

const user = (userName: string, overrides: Partial<StoredUser> = {}) =>
  readUser(buildUser({ userName, ...overrides }));
const admin = (userName: string, active = true) =>
  user(userName, { organizationRole: 'admin', active });

function outcomes(items: readonly BulkItem[]) {
  return items.map(({ job, outcome }) => [job.user.userName, outcome.status]);
}

describe('planBulk', () => {
  it('skips users already in the wanted state, and says so', () => {
    const on = user('on');
    const off = user('off', { active: false });

    const deactivate = planBulk({ kind: 'deactivate' }, [on, off], [on, off]);
    const reenable = planBulk({ kind: 'reenable' }, [on, off], [on, off]);
    const role = planBulk({ kind: 'role', role: 'member' }, [on], [on]);

    expect(outcomes(deactivate)).toEqual([
      ['on', 'pending'],
      ['off', 'skipped'],
    ]);
    expect(deactivate[1]?.outcome).toEqual({
      status: 'skipped',
      reason: 'Already deactivated.',
    });
    expect(outcomes(reenable)).toEqual([
      ['on', 'skipped'],
      ['off', 'pending'],
    ]);
    expect(role[0]?.outcome).toEqual({
      status: 'skipped',
      reason: 'Already member.',
    });
  });

  it('keeps one active admin when every admin is deactivated', () => {
    const admins = [admin('a'), admin('b'), admin('c')];
    const idle = admin('idle', false);
    const everyone = [...admins, idle, user('m')];

    const items = planBulk({ kind: 'deactivate' }, [...admins, idle], everyone);

    expect(outcomes(items)).toEqual([
      ['a', 'pending'],
      ['b', 'pending'],
      ['c', 'skipped'],
      ['idle', 'skipped'],
    ]);
    expect(items[2]?.outcome).toMatchObject({
      reason: expect.stringMatching(/without an active admin/),
    });
  });

  it('keeps one active admin when every admin is demoted', () => {
    const admins = [admin('a'), admin('b')];
    const items = planBulk({ kind: 'role', role: 'viewer' }, admins, admins);

    expect(countOutcomes(items)).toMatchObject({ pending: 1, skipped: 1 });
  });

  it('lets admins go while another active admin stays unselected', () => {
    const admins = [admin('a'), admin('b'), admin('c')];
    const items = planBulk({ kind: 'deactivate' }, admins.slice(0, 2), admins);

    expect(countOutcomes(items)).toMatchObject({ pending: 2, skipped: 0 });
  });
});

function done(items: BulkItem[], after: (before: User) => User | null) {
  return items.map((item) => ({
    ...item,
    outcome: { status: 'done' as const, after: after(item.job.user) },
  }));
}

describe('undoItems', () => {
  it('re-enables what was deactivated, against the version the change left', () => {
    const a = user('a', { version: 3 });
    const applied = done(planBulk({ kind: 'deactivate' }, [a], [a]), (u) => ({
      ...u,
      active: false,
      meta: { ...u.meta, version: 'W/"4"' },
    }));

    const [undo] = undoItems(applied, [a], { multiTenant: false });

    expect(undo?.outcome.status).toBe('pending');
    expect(undo?.job.change).toEqual({ kind: 'active', active: true });
    expect(undo?.job.user.meta.version).toBe('W/"4"');
  });

  it('cannot bring back a user Multi-tenant Cloud removed, and says why', () => {
    const a = user('a');
    const applied = done(
      planBulk({ kind: 'deactivate' }, [a], [a]),
      () => null,
    );

    const [undo] = undoItems(applied, [], { multiTenant: true });

    expect(undo?.outcome).toEqual({
      status: 'skipped',
      reason: UNDO_REMOVED_REASON,
    });
  });

  it('gives back the previous role, seats and team roles a viewer remap took', () => {
    const a = user('a', {
      organizationRole: 'member',
      modelsSeat: 'full',
      weaveRole: 'full',
      teamRoles: [
        { teamName: 'vision', roleName: 'admin' },
        { teamName: 'nlp', roleName: 'viewer' },
      ],
    });
    const applied = done(
      planBulk({ kind: 'role', role: 'viewer' }, [a], [a]),
      (u) => ({
        ...u,
        modelsSeat: 'viewer',
        weaveRole: 'viewer',
        teamRoles: u.teamRoles.map((r) => ({ ...r, roleName: 'viewer' })),
      }),
    );

    const [dedicated] = undoItems(applied, [a], { multiTenant: false });
    const [multiTenant] = undoItems(applied, [a], { multiTenant: true });

    expect(dedicated?.job.change).toEqual({
      kind: 'role',
      role: 'member',
      restore: {
        modelsSeat: 'full',
        weaveRole: 'full',
        teamRoles: [{ teamName: 'vision', roleName: 'admin' }],
      },
    });
    expect(multiTenant?.job.change).toEqual({
      kind: 'role',
      role: 'member',
      restore: { teamRoles: [{ teamName: 'vision', roleName: 'admin' }] },
    });
  });

  it('undoes only what succeeded', () => {
    const [a, b] = [user('a'), user('b')];
    const items: BulkItem[] = [
      {
        job: { user: a, change: { kind: 'active', active: false } },
        outcome: { status: 'done', after: { ...a, active: false } },
      },
      {
        job: { user: b, change: { kind: 'active', active: false } },
        outcome: { status: 'failed', detail: 'boom' },
      },
    ];

    expect(outcomes(undoItems(items, [a, b], { multiTenant: false }))).toEqual([
      ['a', 'pending'],
    ]);
  });
});
