import { describe, expect, it } from 'vitest';

import { buildUser } from '@/mocks/fixtures';
import { readUser, type Team } from '@/scim';

import { adminsByTeam, lastTeamAdminWarning, memberRows } from './team-members';

const person = (userName: string, roleName?: string) =>
  readUser(
    buildUser({
      userName,
      teamRoles: roleName ? [{ teamName: 'vision', roleName }] : [],
    }),
  );

const ada = person('ada', 'admin');
const bob = person('bob', 'member');
const cy = person('cy', 'admin');
const team = (...ids: string[]): Team => ({
  id: 't1',
  name: 'vision',
  members: ids.map((id) => ({ id, display: `display-${id}` })),
  storageBucket: null,
  meta: {},
});
const byId = new Map([ada, bob, cy].map((user) => [user.id, user]));

describe('memberRows', () => {
  it("joins members with users and reads each one's role in the team", () => {
    const rows = memberRows(team(ada.id, bob.id), byId);

    expect(rows.map((row) => [row.userName, row.role])).toEqual([
      ['ada', 'admin'],
      ['bob', 'member'],
    ]);
  });

  it('shows what the team says about a member the users list lacks', () => {
    const [row] = memberRows(team('ghost'), byId);

    expect(row).toMatchObject({ userName: 'display-ghost', role: null });
    expect(row?.user).toBeNull();
  });
});

describe('lastTeamAdminWarning', () => {
  it('warns when the only admin leaves or is demoted', () => {
    const rows = memberRows(team(ada.id, bob.id), byId);

    expect(lastTeamAdminWarning(rows, 'vision', [ada.id])).toMatch(
      /without a team admin/,
    );
  });

  it('stays quiet while another admin remains, or for a member', () => {
    const rows = memberRows(team(ada.id, bob.id, cy.id), byId);

    expect(lastTeamAdminWarning(rows, 'vision', [ada.id])).toBeNull();
    expect(lastTeamAdminWarning(rows, 'vision', [bob.id])).toBeNull();
    expect(
      lastTeamAdminWarning(rows, 'vision', [ada.id, bob.id, cy.id]),
    ).not.toBeNull();
  });
});

describe('adminsByTeam', () => {
  it("lists each team's admins from the users' team roles", () => {
    expect(adminsByTeam([ada, bob, cy]).get('vision')).toEqual(['ada', 'cy']);
  });
});
