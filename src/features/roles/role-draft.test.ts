import { describe, expect, it } from 'vitest';

import { catalogueBaseline } from '@/lib/permissions';
import type { Role, RoleBase } from '@/scim';

import {
  draftOf,
  NEW_ROLE_DRAFT,
  planSave,
  rebase,
  toggle,
} from './role-draft';
import type { Baselines } from './role-model';

const baselines: Baselines = {
  viewer: catalogueBaseline('viewer'),
  member: catalogueBaseline('member'),
};

function role(base: RoleBase, added: string[], name = 'Maintainer'): Role {
  return {
    id: 'r1',
    name,
    description: 'Keeps projects tidy.',
    inheritedFrom: base,
    permissions: [
      ...baselines[base].map((p) => ({ name: p, isInherited: true })),
      ...added.map((p) => ({ name: p, isInherited: false })),
    ],
    organizationId: null,
    meta: {},
  };
}

describe('planSave', () => {
  it('creates a new role with only the permissions it adds', () => {
    const draft = toggle(
      toggle({ ...NEW_ROLE_DRAFT, name: ' Stopper ' }, 'run:stop', true),
      'run:read',
      true,
    );

    expect(planSave(null, draft, baselines)).toEqual({
      kind: 'create',
      input: {
        name: 'Stopper',
        description: '',
        inheritedFrom: 'viewer',
        permissions: ['run:stop'],
      },
    });
  });

  it('sends a PATCH when only permissions changed', () => {
    const original = role('member', ['project:update', 'project:delete']);
    const draft = toggle(
      toggle(draftOf(original), 'project:update', false),
      'run:stop',
      true,
    );

    expect(planSave(original, draft, baselines)).toEqual({
      kind: 'patch',
      change: { add: ['run:stop'], remove: ['project:update'] },
    });
  });

  it('sends a PUT when the base changes, without what the new base grants', () => {
    const original = role('viewer', ['run:stop', 'run:create']);
    const draft = { ...draftOf(original), base: 'member' as const };

    expect(planSave(original, draft, baselines)).toEqual({
      kind: 'put',
      input: {
        name: 'Maintainer',
        description: 'Keeps projects tidy.',
        inheritedFrom: 'member',
        permissions: ['run:stop'],
      },
    });
  });

  it('sends a PUT for a new name or description, and nothing when unchanged', () => {
    const original = role('viewer', ['run:stop']);

    expect(
      planSave(original, { ...draftOf(original), name: 'Ops' }, baselines).kind,
    ).toBe('put');
    expect(
      planSave(original, { ...draftOf(original), description: '' }, baselines)
        .kind,
    ).toBe('put');
    expect(planSave(original, draftOf(original), baselines)).toEqual({
      kind: 'none',
    });
  });
});

describe('rebase', () => {
  it("re-applies the admin's change on top of what someone else saved", () => {
    const original = role('member', ['project:update', 'project:delete']);
    const fresh = {
      ...role('member', ['project:update', 'project:delete', 'sweep:stop']),
      description: 'Changed elsewhere.',
    };
    const draft = {
      ...toggle(
        toggle(draftOf(original), 'project:update', false),
        'run:stop',
        true,
      ),
      name: 'Project keeper',
    };

    expect(rebase(original, draft, fresh)).toEqual({
      name: 'Project keeper',
      description: 'Changed elsewhere.',
      base: 'member',
      added: ['project:delete', 'sweep:stop', 'run:stop'],
    });
  });
});
