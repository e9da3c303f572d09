import { describe, expect, it } from 'vitest';

import { buildUser } from '@/mocks/fixtures';
import { readUser, type Team } from '@/scim';

import {
  matchingMembers,
  type MemberView,
  readMemberView,
  writeMemberView,
} from './member-view';
import {
  DEFAULT_TEAM_VIEW,
  matchingTeams,
  readTeamView,
  writeTeamView,
} from './team-list-view';
import { memberRows } from './team-members';
import { pageOf } from './view-params';

const team = (name: string, size: number): Team => ({
  id: name,
  name,
  members: Array.from({ length: size }, (_, i) => ({
    id: `${name}-${i}`,
    display: '',
  })),
  storageBucket: null,
  meta: {},
});
const teams = [team('vision', 3), team('nlp', 10), team('Robotics', 1)];

describe('the teams list view', () => {
  it('searches names case-insensitively and sorts by name or size', () => {
    const names = (changes: Partial<typeof DEFAULT_TEAM_VIEW>) =>
      matchingTeams(teams, { ...DEFAULT_TEAM_VIEW, ...changes }).map(
        (t) => t.name,
      );

    expect(names({})).toEqual(['nlp', 'Robotics', 'vision']);
    expect(names({ q: 'O' })).toEqual(['Robotics', 'vision']);
    expect(names({ sort: 'members', dir: 'desc' })).toEqual([
      'nlp',
      'vision',
      'Robotics',
    ]);
  });

  it('round-trips through the URL, leaving defaults out', () => {
    const view = { q: 'ml', sort: 'members', dir: 'desc', page: 2 } as const;

    expect(writeTeamView(DEFAULT_TEAM_VIEW)).toEqual({});
    expect(readTeamView(new URLSearchParams(writeTeamView(view)))).toEqual(
      view,
    );
    expect(readTeamView(new URLSearchParams('sort=secret&page=-1'))).toEqual(
      DEFAULT_TEAM_VIEW,
    );
  });
});

describe('the members view', () => {
  const users = [
    buildUser({
      userName: 'zoe',
      teamRoles: [{ teamName: 'v', roleName: 'admin' }],
    }),
    buildUser({
      userName: 'Ada',
      teamRoles: [{ teamName: 'v', roleName: 'viewer' }],
    }),
    buildUser({
      userName: 'bob',
      teamRoles: [{ teamName: 'v', roleName: 'admin' }],
    }),
  ].map(readUser);
  const rows = memberRows(
    { ...team('v', 0), members: users.map((u) => ({ id: u.id, display: '' })) },
    new Map(users.map((u) => [u.id, u])),
  );
  const view = (changes: Partial<MemberView>): MemberView => ({
    ...readMemberView(new URLSearchParams()),
    ...changes,
  });
  const names = (v: MemberView) =>
    matchingMembers(rows, v).map((row) => row.userName);

  it('sorts by userName, or by role then userName', () => {
    expect(names(view({}))).toEqual(['Ada', 'bob', 'zoe']);
    expect(names(view({ sort: 'role' }))).toEqual(['bob', 'zoe', 'Ada']);
    expect(names(view({ sort: 'role', dir: 'desc' }))).toEqual([
      'Ada',
      'bob',
      'zoe',
    ]);
  });

  it('searches names and emails', () => {
    expect(names(view({ q: 'ZOE@EXAMPLE' }))).toEqual(['zoe']);
  });

  it('keeps the tab and page in the URL', () => {
    const custom = view({ tab: 'service-accounts', page: 3 });

    expect(
      readMemberView(new URLSearchParams(writeMemberView(custom))),
    ).toEqual(custom);
  });

  it('pages 10,000 members by 50 and clamps a page past the end', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => i);

    expect(pageOf(many, 3).rows[0]).toBe(150);
    expect(pageOf(many, 999)).toMatchObject({ page: 199 });
  });
});
