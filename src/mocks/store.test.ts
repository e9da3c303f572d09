import { beforeEach, describe, expect, it } from 'vitest';

import { browserPersistence } from './persistence';
import { MockStore } from './store';

describe('MockStore with browser storage', () => {
  beforeEach(() => window.localStorage.clear());

  it('keeps what the admin changed across a reload', () => {
    const before = new MockStore(browserPersistence(window.localStorage));
    const user = before.state.users[5];
    if (!user) throw new Error('the seed has users');
    user.active = false;
    before.touch(user);

    const after = new MockStore(browserPersistence(window.localStorage));

    expect(after.findUser(user.id)?.active).toBe(false);
  });

  it('brings the seed back on reset, keeping the settings', () => {
    const store = new MockStore(browserPersistence(window.localStorage));
    const seeded = JSON.stringify(store.state.users);
    store.updateSettings({ deployment: 'multi-tenant' });
    store.removeUser(store.state.users[0]?.id ?? '');

    store.reset();
    const reloaded = new MockStore(browserPersistence(window.localStorage));

    expect(JSON.stringify(reloaded.state.users)).toBe(seeded);
    expect(reloaded.settings.deployment).toBe('multi-tenant');
  });

  it('keeps removals and new users, storing only what changed', () => {
    const before = new MockStore(browserPersistence(window.localStorage));
    const gone = before.state.users[0]?.id ?? '';
    before.removeUser(gone);
    const added = before.state.users[1];
    if (!added) throw new Error('the seed has users');
    before.state.users.push({ ...added, id: 'new-user', userName: 'new' });
    before.touch(before.state.users.at(-1) ?? added);

    const after = new MockStore(browserPersistence(window.localStorage));
    const stored =
      window.localStorage.getItem('scim-console:demo-state:v2') ?? '';

    expect(after.findUser(gone)).toBeUndefined();
    expect(after.findUser('new-user')?.userName).toBe('new');
    expect(after.state.users).toHaveLength(250);
    expect(stored.length).toBeLessThan(20_000);
  });

  it('rebuilds a large organization from its seed and a small change list', () => {
    const big = new MockStore(browserPersistence(window.localStorage));
    big.updateSettings({ size: 10_000 });
    const user = big.state.users[9_999];
    if (!user) throw new Error('the seed has 10,000 users');
    user.active = false;
    big.touch(user);

    const stored =
      window.localStorage.getItem('scim-console:demo-state:v2') ?? '';
    const after = new MockStore(browserPersistence(window.localStorage));

    expect(stored.length).toBeLessThan(20_000);
    expect(after.state.users).toHaveLength(10_000);
    expect(after.findUser(user.id)?.active).toBe(false);
  });

  it('starts from the seed when the stored state is corrupt', () => {
    window.localStorage.setItem('scim-console:demo-state:v2', '{oops');

    const store = new MockStore(browserPersistence(window.localStorage));

    expect(store.state.users).toHaveLength(250);
  });
});
