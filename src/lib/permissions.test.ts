import { describe, expect, it } from 'vitest';

import {
  catalogueBaseline,
  isWellFormedPermission,
  PERMISSION_CATALOGUE,
  PERMISSION_OBJECTS,
} from './permissions';

describe('the permission catalogue', () => {
  it('gives viewer the 7 ticked in its column and member 14', () => {
    // shared/permissions.md ticks 7 viewer rows though its prose says 8; the
    // table is the data, and 7 + member's own 7 makes its stated 14.
    const viewer = catalogueBaseline('viewer');
    const member = catalogueBaseline('member');

    expect(viewer).toHaveLength(7);
    expect(member).toHaveLength(14);
    expect(member).toEqual(expect.arrayContaining(viewer));
    expect(viewer).toContain('launchagent:read');
    expect(member).toContain('artifact:read');
    expect(member).not.toContain('project:update');
    expect(viewer).not.toContain('run:stop');
  });

  it('names every permission object:operation, on a known object', () => {
    for (const { name } of PERMISSION_CATALOGUE) {
      expect(isWellFormedPermission(name)).toBe(true);
      expect(Object.keys(PERMISSION_OBJECTS)).toContain(name.split(':')[0]);
    }
    expect(PERMISSION_CATALOGUE).toHaveLength(27);
  });

  it.each(['run', 'run:', ':stop', 'Run:Stop', 'run:stop:now', 'run stop'])(
    'refuses the malformed name %j',
    (name) => expect(isWellFormedPermission(name)).toBe(false),
  );
});
