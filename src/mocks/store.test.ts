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

  it('starts from the seed when the stored state is corrupt', () => {
    window.localStorage.setItem('scim-console:demo-state:v1', '{oops');

    const store = new MockStore(browserPersistence(window.localStorage));

    expect(store.state.users).toHaveLength(250);
  });
});
