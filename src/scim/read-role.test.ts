import { describe, expect, it } from 'vitest';

import { ScimError } from './errors';
import { readRole } from './read-role';

const base = { id: 'r1', name: 'Run operator', inheritedFrom: 'viewer' };

describe('readRole', () => {
  it('reads W&B\'s answer: schemas [""], organizationID, inherited flags', () => {
    const role = readRole({
      ...base,
      schemas: [''],
      description: 'Stops runs.',
      organizationID: 'org-1',
      permissions: [
        { name: 'run:read', isInherited: true },
        { name: 'run:stop', isInherited: false },
      ],
      meta: { resourceType: 'Role', version: 'W/"3"' },
    });

    expect(role).toEqual({
      id: 'r1',
      name: 'Run operator',
      description: 'Stops runs.',
      inheritedFrom: 'viewer',
      organizationId: 'org-1',
      permissions: [
        { name: 'run:read', isInherited: true },
        { name: 'run:stop', isInherited: false },
      ],
      meta: { resourceType: 'Role', version: 'W/"3"' },
    });
  });

  it('reads null permissions, flags as strings, bare names and any key case', () => {
    const empty = readRole({ ...base, permissions: null, description: null });
    const loose = readRole({
      ID: 7,
      Name: 'Ops',
      InheritedFrom: 'Member',
      Permissions: [
        { Name: 'run:read', IsInherited: 'True' },
        'run:stop',
        { name: 'run:read', isInherited: false },
      ],
    });

    expect(empty.permissions).toEqual([]);
    expect(empty.description).toBe('');
    expect(loose.id).toBe('7');
    expect(loose.inheritedFrom).toBe('member');
    expect(loose.permissions).toEqual([
      { name: 'run:read', isInherited: true },
      { name: 'run:stop', isInherited: false },
    ]);
  });

  it('turns a role it cannot read into a ScimError naming the field', () => {
    expect(() => readRole({ ...base, inheritedFrom: 'admin' })).toThrow(
      ScimError,
    );
    expect(() => readRole({ id: 'r1', inheritedFrom: 'viewer' })).toThrow(
      /role the console cannot read at "name"/,
    );
  });
});
