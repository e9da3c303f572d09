import { scim } from '@/lib/scim-client';
import {
  type PatchOperation,
  setModelsSeat,
  setOrganizationRole,
  setTeamRole,
  setWeaveRole,
  type User,
  type Versioned,
} from '@/scim';

import { sendSetActive } from './api';
import type { BulkChange, BulkJob } from './bulk-plan';

/**
 * Sends one bulk job with If-Match on the version of the copy it was planned
 * against; answers the user as the server now holds it, or null when the
 * server removed them (Multi-tenant deactivation).
 */
export function sendBulkJob({
  user,
  change,
}: BulkJob): Promise<Versioned<User> | null> {
  const etag = user.meta.version ?? null;
  if (change.kind === 'active') {
    return sendSetActive(user, change.active, etag);
  }
  return scim.patchUser(user.id, roleOperations(change), { etag });
}

/**
 * The operations of a role change. The role goes first: assigning `viewer`
 * rewrites seats and team roles, which a restore then sets back.
 */
export function roleOperations(
  change: Extract<BulkChange, { kind: 'role' }>,
): PatchOperation[] {
  const { restore = {} } = change;
  return [
    setOrganizationRole(change.role),
    ...(restore.modelsSeat ? [setModelsSeat(restore.modelsSeat)] : []),
    ...(restore.weaveRole ? [setWeaveRole(restore.weaveRole)] : []),
    ...(restore.teamRoles ?? []).map((role) =>
      setTeamRole(role.teamName, role.roleName),
    ),
  ];
}
