import { describe, expect, it } from 'vitest';

import { ScimError } from './errors';
import { readList, readListedUser, readUser } from './read';

const base = { id: 'u1', userName: 'ada' };

describe('readUser', () => {
  it("reads W&B's single email object with capitalised keys", () => {
    const user = readUser({
      ...base,
      emails: {
        Value: 'ada@example.com',
        Display: '',
        Type: '',
        Primary: true,
      },
    });

    expect(user.email).toBe('ada@example.com');
    expect(user.emails).toEqual([{ value: 'ada@example.com', primary: true }]);
  });

  it('reads the RFC array of emails and picks the primary one', () => {
    const user = readUser({
      ...base,
      emails: [
        { value: 'old@example.com', primary: false, type: 'home' },
        { value: 'ada@example.com', primary: true, type: 'work' },
      ],
    });

    expect(user.email).toBe('ada@example.com');
    expect(user.emails).toHaveLength(2);
  });

  it('reads keys in any case and booleans sent as strings', () => {
    const user = readUser({
      ...base,
      active: 'False',
      emails: [{ VALUE: 'ada@example.com', PRIMARY: 'True' }],
    });

    expect(user.active).toBe(false);
    expect(user.emails[0]).toEqual({ value: 'ada@example.com', primary: true });
  });

  it('takes null or empty lists and a missing display name', () => {
    const fromNull = readUser({
      ...base,
      emails: null,
      teamRoles: null,
      groups: null,
    });
    const fromEmpty = readUser({ ...base, emails: [], registryRoles: [] });

    for (const user of [fromNull, fromEmpty]) {
      expect(user.displayName).toBe('');
      expect(user.email).toBe('');
      expect(user.emails).toEqual([]);
      expect(user.teamRoles).toEqual([]);
      expect(user.registryRoles).toEqual([]);
      expect(user.groupIds).toEqual([]);
      expect(user.active).toBe(true);
    }
  });

  it('reads W&B extensions: roles, seats, activity and groups', () => {
    const user = readUser({
      ...base,
      organizationRole: 'Admin',
      teamRoles: [{ teamName: 'vision', roleName: 'Run operator' }],
      registryRoles: [{ registryName: 'models', roleName: 'viewer' }],
      groups: [{ value: 't1' }],
      modelsSeat: 'viewer',
      weaveRole: 'none',
      daysActive: 12,
      lastActiveAt: null,
      meta: { version: 'W/"3"' },
    });

    expect(user).toMatchObject({
      organizationRole: 'admin',
      teamRoles: [{ teamName: 'vision', roleName: 'Run operator' }],
      registryRoles: [{ registryName: 'models', roleName: 'viewer' }],
      groupIds: ['t1'],
      modelsSeat: 'viewer',
      weaveRole: 'none',
      daysActive: 12,
      lastActiveAt: null,
      meta: { version: 'W/"3"' },
    });
  });

  it('turns an unreadable user into a ScimError naming the field', () => {
    expect(() => readUser({ id: 'u1' })).toThrow(ScimError);
    expect(() => readUser({ id: 'u1' })).toThrow(/userName/);
    expect(() => readUser('nonsense')).toThrow(/cannot read/);
  });
});

describe('readList', () => {
  it('reads a ListResponse with its capital R', () => {
    const list = readList(
      {
        totalResults: 1,
        startIndex: 1,
        itemsPerPage: 9999,
        Resources: [{ ...base, emails: null }],
      },
      readUser,
    );

    expect(list).toMatchObject({ totalResults: 1, itemsPerPage: 9999 });
    expect(list.items[0]?.userName).toBe('ada');
  });

  it('reads an empty list sent without Resources', () => {
    expect(readList({ totalResults: 0 }, readUser).items).toEqual([]);
  });

  it('fails clearly when one resource cannot be read', () => {
    expect(() =>
      readList({ Resources: [{ ...base }, { id: 'x' }] }, readUser),
    ).toThrow(/userName/);
  });
});

describe('readUser errors', () => {
  it('names a field inside a list', () => {
    expect(() =>
      readUser({ ...base, emails: [{ value: 'a@example.com' }, { value: 3 }] }),
    ).toThrow(/at "emails\.1\.value": expected a string, got number/);
    expect(() =>
      readUser({ ...base, teamRoles: [{ teamName: 'vision' }] }),
    ).toThrow(/at "teamRoles\.0\.roleName"/);
  });

  it('refuses an active flag it cannot read rather than guess', () => {
    expect(() => readUser({ ...base, active: 'maybe' })).toThrow(
      /at "active": expected true or false/,
    );
  });

  it('reads list counts sent as strings', () => {
    expect(
      readList({ totalResults: '2', Resources: [base, base] }, readUser),
    ).toMatchObject({ totalResults: 2, startIndex: 1, itemsPerPage: 2 });
  });
});

describe('readListedUser', () => {
  it('keeps of meta only the version a write sends back', () => {
    const user = readListedUser({
      ...base,
      meta: {
        resourceType: 'User',
        created: '2025-01-01T00:00:00Z',
        location: 'https://example.com/scim/Users/u1',
        version: 'W/"7"',
      },
    });

    expect(user.meta).toEqual({ version: 'W/"7"' });
    expect(readListedUser(base).meta).toEqual({});
  });

  it('shares one frozen copy of what many users hold alike', () => {
    const member = {
      ...base,
      teamRoles: [{ teamName: 'vision', roleName: 'admin' }],
      registryRoles: [],
      meta: { version: 'W/"1"' },
    };
    const first = readListedUser({ ...member, id: 'a' });
    const second = readListedUser({ ...member, id: 'b' });

    expect(second.teamRoles[0]).toBe(first.teamRoles[0]);
    expect(second.meta).toBe(first.meta);
    expect(second.registryRoles).toBe(first.registryRoles);
    expect(Object.isFrozen(first.teamRoles[0])).toBe(true);
    expect(Object.isFrozen(first.registryRoles)).toBe(true);
    expect(first.teamRoles).toEqual([
      { teamName: 'vision', roleName: 'admin' },
    ]);
  });
});
