import type { OrgRole, User } from '@/scim';

/** The name to show for a user: the display name, else the userName. */
export function nameOf(user: User): string {
  return user.displayName.trim() || user.userName;
}

export function orgRoleLabel(role: OrgRole | null): string {
  if (!role) return '—';
  return role.charAt(0).toUpperCase() + role.slice(1);
}

export function statusLabel(user: User): 'Active' | 'Deactivated' {
  return user.active ? 'Active' : 'Deactivated';
}

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });

/** When the user was last active, in words; "never" when they never were. */
export function lastActiveLabel(user: User): string {
  if (!user.lastActiveAt) return 'Never';
  const at = new Date(user.lastActiveAt);
  return Number.isNaN(at.getTime()) ? '—' : dateFormat.format(at);
}
