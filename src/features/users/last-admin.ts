import type { User } from '@/scim';

/**
 * Why an action would leave the organization with no active org admin, or
 * null when it would not. The API allows it and locks everyone out, so the
 * console refuses it itself.
 */
export function lastAdminReason(
  users: readonly User[],
  leaving: readonly User[],
): string | null {
  const leavingIds = new Set(leaving.map((user) => user.id));
  const loses = leaving.some(
    (user) => user.active && user.organizationRole === 'admin',
  );
  if (!loses) return null;

  const remaining = users.filter(
    (user) =>
      user.active &&
      user.organizationRole === 'admin' &&
      !leavingIds.has(user.id),
  );
  if (remaining.length > 0) return null;

  return 'This would leave the organization without an active admin, and nobody could manage it. Make another user an admin first.';
}
