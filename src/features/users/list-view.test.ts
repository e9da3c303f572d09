import { describe, expect, it } from 'vitest';

import { buildUser } from '@/mocks/fixtures';
import { readUser, type User } from '@/scim';

import {
  DEFAULT_VIEW,
  type ListView,
  matchingUsers,
  PAGE_SIZE,
  pageOf,
  readView,
  writeView,
} from './list-view';

function user(overrides: Parameters<typeof buildUser>[0]): User {
  const stored = buildUser(overrides);
  return readUser({ ...stored, emails: stored.emails });
}

const ada = user({
  userName: 'ada',
  displayName: 'Ada Lovelace',
  emails: [{ value: 'countess+ml@example.com', primary: true }],
  organizationRole: 'admin',
});
const zoe = user({
  userName: 'zoe',
  displayName: 'Zoë Ødegaard',
  active: false,
  lastActiveAt: '2026-01-01T00:00:00Z',
});
const bob = user({ userName: 'Bob', displayName: null, lastActiveAt: null });
const all = [zoe, ada, bob];

const view = (changes: Partial<ListView>): ListView => ({
  ...DEFAULT_VIEW,
  ...changes,
});

describe('matchingUsers', () => {
  it('sorts a fetched list once per order and keeps that order when searching', () => {
    const list = [zoe, ada, bob];
    const whole = matchingUsers(list, view({}));

    expect(matchingUsers(list, view({}))).toBe(whole);
    expect(whole.map((u) => u.userName)).toEqual(['ada', 'Bob', 'zoe']);
    expect(
      matchingUsers(list, view({ q: 'o' })).map((u) => u.userName),
    ).toEqual(['ada', 'Bob', 'zoe']);
    // The list as fetched is left in its own order.
    expect(list.map((u) => u.userName)).toEqual(['zoe', 'ada', 'Bob']);
  });

  it.each([
    ['userName', 'AD', ['ada']],
    ['display name', 'lovelace', ['ada']],
    ['email', '+ml@', ['ada']],
    ['accented name', 'ødeg', ['zoe']],
  ])('searches the %s, case-insensitively', (_, q, expected) => {
    expect(matchingUsers(all, view({ q })).map((u) => u.userName)).toEqual(
      expected,
    );
  });

  it('filters by status and role', () => {
    const names = (v: ListView) => matchingUsers(all, v).map((u) => u.userName);

    expect(names(view({ status: 'deactivated' }))).toEqual(['zoe']);
    expect(names(view({ status: 'active' }))).toEqual(['ada', 'Bob']);
    expect(names(view({ role: 'admin' }))).toEqual(['ada']);
  });

  it('sorts by a column in either direction', () => {
    const names = (v: ListView) => matchingUsers(all, v).map((u) => u.userName);

    expect(names(view({}))).toEqual(['ada', 'Bob', 'zoe']);
    expect(names(view({ dir: 'desc' }))).toEqual(['zoe', 'Bob', 'ada']);
    expect(names(view({ sort: 'status' }))[2]).toBe('zoe');
  });
});

describe('pageOf', () => {
  const rows = Array.from({ length: 120 }, (_, i) => i);

  it('pages by 50 and clamps a page past the end', () => {
    expect(pageOf(rows, 1).rows[0]).toBe(PAGE_SIZE);
    expect(pageOf(rows, 2).rows).toHaveLength(20);
    expect(pageOf(rows, 9).page).toBe(2);
  });
});

describe('the view in the URL', () => {
  it('round-trips through URL parameters, leaving defaults out', () => {
    const custom = view({
      q: 'ada',
      status: 'active',
      role: 'admin',
      sort: 'email',
      dir: 'desc',
      page: 2,
    });

    expect(writeView(DEFAULT_VIEW)).toEqual({});
    expect(readView(new URLSearchParams(writeView(custom)))).toEqual(custom);
  });

  it('ignores values it does not understand', () => {
    expect(
      readView(new URLSearchParams('status=gone&sort=password&page=-3')),
    ).toEqual(DEFAULT_VIEW);
  });
});
