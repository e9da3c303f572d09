import { describe, expect, it } from 'vitest';

import type { User } from '@/scim';

import { countHolders, holderCountLabel, holdersOf } from './holders';

function user(id: string, teamRoles: User['teamRoles']): User {
  return {
    id,
    userName: id,
    displayName: '',
    email: '',
    emails: [],
    active: true,
    organizationRole: 'member',
    teamRoles,
    registryRoles: [],
    groupIds: [],
    modelsSeat: null,
    weaveRole: null,
    daysActive: null,
    lastActiveAt: null,
    meta: {},
  };
}

describe('holdersOf', () => {
  it('finds each team in which each user holds the role, by team then user', () => {
    const users = [
      user('zoe', [
        { teamName: 'vision', roleName: 'Auditor' },
        { teamName: 'nlp', roleName: 'Auditor' },
      ]),
      user('ada', [{ teamName: 'vision', roleName: 'Auditor' }]),
      user('alan', [{ teamName: 'vision', roleName: 'member' }]),
    ];

    const holders = holdersOf('Auditor', users);

    expect(holders.map((h) => `${h.teamName}/${h.userName}`)).toEqual([
      'nlp/zoe',
      'vision/ada',
      'vision/zoe',
    ]);
    expect(countHolders(holders)).toEqual({ users: 2, teams: 2 });
    expect(holderCountLabel({ users: 1, teams: 1 })).toBe('1 user in 1 team');
    expect(holderCountLabel(countHolders(holders))).toBe('2 users in 2 teams');
  });
});
