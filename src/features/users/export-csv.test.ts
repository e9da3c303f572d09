import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

import { buildUser } from '@/mocks/fixtures';
import { createSeed } from '@/mocks/seed';
import { readUser } from '@/scim';

import { CSV_COLUMNS, csvFileName, usersCsv } from './export-csv';
import { DEFAULT_VIEW, matchingUsers } from './list-view';

function parse(csv: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(csv, { header: true }).data;
}

describe('usersCsv', () => {
  it('writes one row per user with every column', () => {
    const user = readUser(
      buildUser({
        id: 'u1',
        userName: 'ada.lovelace',
        displayName: 'Ada Lovelace, Countess',
        emails: [{ value: 'ada@example.com', primary: true }],
        organizationRole: 'admin',
        active: false,
        modelsSeat: 'full',
        weaveRole: 'viewer',
        teamRoles: [
          { teamName: 'vision', roleName: 'admin' },
          { teamName: 'nlp', roleName: 'Run operator' },
        ],
        daysActive: 42,
        lastActiveAt: '2026-11-01T10:00:00.000Z',
      }),
    );

    const csv = usersCsv([user]);

    expect(csv.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    expect(parse(csv)).toEqual([
      {
        userName: 'ada.lovelace',
        displayName: 'Ada Lovelace, Countess',
        email: 'ada@example.com',
        organizationRole: 'admin',
        status: 'Deactivated',
        modelsSeat: 'full',
        weaveRole: 'viewer',
        teams: 'vision:admin;nlp:Run operator',
        daysActive: '42',
        lastActiveAt: '2026-11-01T10:00:00.000Z',
        id: 'u1',
      },
    ]);
  });

  it.each([
    ['=HYPERLINK("http://evil.example","x")'],
    ['+1+1'],
    ['-2+3'],
    ['@SUM(A1)'],
    ['\t=1+1'],
    ['\r=1+1'],
    ['=1+1\nsecond line'],
  ])('neutralises %j so a spreadsheet shows it as text', (value) => {
    const user = readUser(buildUser({ userName: 'x', displayName: value }));

    const [row] = parse(usersCsv([user]));

    expect(row?.displayName).toBe(`'${value}`);
  });

  it('leaves ordinary text and numbers alone', () => {
    const user = readUser(
      buildUser({
        userName: 'a-b',
        displayName: "Zoë O'Connor",
        daysActive: 0,
      }),
    );

    const [row] = parse(usersCsv([user]));

    expect(row).toMatchObject({
      userName: 'a-b',
      displayName: "Zoë O'Connor",
      daysActive: '0',
      lastActiveAt: '',
    });
  });

  it('exports every user matching the view, not one page', () => {
    const users = createSeed().users.map((user) => readUser(user));
    const view = { ...DEFAULT_VIEW, status: 'active' as const, page: 2 };
    const matching = matchingUsers(users, view);

    const rows = parse(usersCsv(matching));

    expect(matching.length).toBeGreaterThan(100);
    expect(rows).toHaveLength(matching.length);
    expect(rows.every((row) => row.status === 'Active')).toBe(true);
    expect(rows.map((row) => row.userName)).toEqual(
      matching.map((user) => user.userName),
    );
  });
});

describe('csvFileName', () => {
  it('names the file after the local date', () => {
    expect(csvFileName(new Date(2026, 11, 3, 23, 59))).toBe(
      'users-2026-12-03.csv',
    );
  });
});
