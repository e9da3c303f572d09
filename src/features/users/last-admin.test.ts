import { describe, expect, it } from 'vitest';

import { buildUser } from '@/mocks/fixtures';
import { readUser } from '@/scim';

import { lastAdminReason } from './last-admin';

const admin = (userName: string, active = true) =>
  readUser(buildUser({ userName, organizationRole: 'admin', active }));
const member = readUser(buildUser({ userName: 'm' }));

describe('lastAdminReason', () => {
  it('blocks taking away the only active admin', () => {
    const only = admin('only');
    const idle = admin('idle', false);

    expect(lastAdminReason([only, idle, member], [only])).toMatch(
      /without an active admin/,
    );
  });

  it('allows it while another active admin remains', () => {
    const a = admin('a');
    const b = admin('b');

    expect(lastAdminReason([a, b, member], [a])).toBeNull();
    expect(lastAdminReason([a, b, member], [a, b])).not.toBeNull();
  });

  it('never blocks actions on members or deactivated admins', () => {
    const a = admin('a');
    const idle = admin('idle', false);

    expect(lastAdminReason([a, idle, member], [member, idle])).toBeNull();
  });
});
