import { describe, expect, it } from 'vitest';

import { catalogueBaseline } from '@/lib/permissions';
import type { Role, RoleBase } from '@/scim';

import { draftOf, toggle } from './role-draft';
import type { Baselines } from './role-model';
import { hasChanges, reviewOf } from './role-review';

const baselines: Baselines = {
  viewer: catalogueBaseline('viewer'),
  member: catalogueBaseline('member'),
};

function role(base: RoleBase, added: string[]): Role {
  return {
    id: 'r1',
    name: 'Run operator',
    description: '',
    inheritedFrom: base,
    permissions: [
      ...baselines[base].map((p) => ({ name: p, isInherited: true })),
      ...added.map((p) => ({ name: p, isInherited: false })),
    ],
    organizationId: null,
    meta: {},
  };
}

describe('reviewOf', () => {
  it('lists added and removed permissions and a rename', () => {
    const original = role('viewer', ['run:stop']);
    const draft = {
      ...toggle(
        toggle(draftOf(original), 'run:stop', false),
        'run:delete',
        true,
      ),
      name: 'Run janitor',
    };

    const review = reviewOf(original, draft, baselines);

    expect(review).toMatchObject({
      plus: ['run:delete'],
      minus: ['run:stop'],
      rename: { from: 'Run operator', to: 'Run janitor' },
      baseChange: null,
    });
    expect(hasChanges(review)).toBe(true);
  });

  it('shows which added permissions become inherited on a new base and which stay', () => {
    const original = role('viewer', ['run:stop', 'run:create']);
    const draft = { ...draftOf(original), base: 'member' as const };

    const review = reviewOf(original, draft, baselines);

    expect(review.minus).toEqual([]);
    expect(review.baseChange).toMatchObject({
      from: 'viewer',
      to: 'member',
      nowInherited: ['run:create'],
      stayAdded: ['run:stop'],
      noLongerGranted: [],
    });
  });

  it('shows what a role no longer grants when it moves down to viewer', () => {
    const original = role('member', ['sweep:stop']);
    const draft = toggle(
      { ...draftOf(original), base: 'viewer' },
      'run:create',
      true,
    );

    const change = reviewOf(original, draft, baselines).baseChange;

    expect(change?.stayAdded).toEqual(['sweep:stop', 'run:create']);
    expect(change?.noLongerGranted).toContain('project:create');
    expect(change?.noLongerGranted).not.toContain('run:create');
  });

  it('finds nothing to review in an untouched role', () => {
    const original = role('member', []);

    expect(hasChanges(reviewOf(original, draftOf(original), baselines))).toBe(
      false,
    );
  });
});
