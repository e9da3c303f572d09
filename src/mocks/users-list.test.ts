import { describe, expect, it } from 'vitest';

import { setupMockScimServer, TEST_BASE } from './testing';

const { store } = setupMockScimServer();

async function listUsers() {
  const response = await fetch(`${TEST_BASE}/Users`);
  return (await response.json()) as {
    Resources: { id: string; displayName?: string; emails: unknown }[];
  };
}

// The whole list is written once and kept until the organization changes:
// each of these reads must still show what the server holds.
describe('the whole users list, as written ahead', () => {
  it('shows a write made after it was first read', async () => {
    const [first] = (await listUsers()).Resources;
    if (!first) throw new Error('The seed has users.');

    await fetch(`${TEST_BASE}/Users/${first.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/scim+json' },
      body: JSON.stringify({
        schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
        Operations: [
          { op: 'replace', path: 'displayName', value: 'Renamed Person' },
        ],
      }),
    });

    const again = (await listUsers()).Resources.find((u) => u.id === first.id);
    expect(again?.displayName).toBe('Renamed Person');
  });

  it('shows a removal, and the seed again after a reset', async () => {
    const before = (await listUsers()).Resources;
    const [gone] = before;
    if (!gone) throw new Error('The seed has users.');

    await fetch(`${TEST_BASE}/Users/${gone.id}`, { method: 'DELETE' });
    const after = (await listUsers()).Resources;
    expect(after).toHaveLength(before.length - 1);
    expect(after.some((user) => user.id === gone.id)).toBe(false);

    store.reset();
    expect((await listUsers()).Resources).toHaveLength(before.length);
  });

  it('changes shape with the server it imitates', async () => {
    const wandb = (await listUsers()).Resources[0];
    store.updateSettings({ profile: 'rfc' });
    const rfc = (await listUsers()).Resources[0];

    expect(Array.isArray(wandb?.emails)).toBe(false);
    expect(Array.isArray(rfc?.emails)).toBe(true);
  });
});
