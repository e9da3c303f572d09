/** The organization roles a W&B user can hold. `viewer` is deprecated. */
export const ORG_ROLES = ['admin', 'member', 'viewer'] as const;
export type OrgRole = (typeof ORG_ROLES)[number];

/** Values of `modelsSeat` and `weaveRole`. */
export const SEAT_LEVELS = ['full', 'viewer', 'none'] as const;
export type SeatLevel = (typeof SEAT_LEVELS)[number];

export interface Email {
  value: string;
  primary: boolean;
  type?: string;
}

export interface TeamRole {
  teamName: string;
  roleName: string;
}

export interface RegistryRole {
  registryName: string;
  roleName: string;
}

export interface ResourceMeta {
  resourceType?: string;
  created?: string;
  lastModified?: string;
  location?: string;
  version?: string;
}

/**
 * One user, in the console's own shape, whatever form the server sent it in.
 * `email` is the primary address (or the first one), `''` when there is none.
 */
export interface User {
  id: string;
  userName: string;
  displayName: string;
  email: string;
  emails: Email[];
  active: boolean;
  organizationRole: OrgRole | null;
  teamRoles: TeamRole[];
  registryRoles: RegistryRole[];
  groupIds: string[];
  modelsSeat: SeatLevel | null;
  weaveRole: SeatLevel | null;
  daysActive: number | null;
  lastActiveAt: string | null;
  meta: ResourceMeta;
}

/** A resource as read, with the ETag the server gave it (header or meta.version). */
export interface Versioned<T> {
  data: T;
  etag: string | null;
}

export interface ListResult<T> {
  items: T[];
  totalResults: number;
  startIndex: number;
  itemsPerPage: number;
}

/** What the console sends to create a user. */
export interface NewUser {
  userName: string;
  email: string;
  /** Dedicated / Self-Managed only. */
  modelsSeat?: SeatLevel;
  /** Dedicated / Self-Managed only. */
  weaveRole?: SeatLevel;
  /** Multi-tenant Cloud only: team names to join. */
  teams?: string[];
}

/** The predefined team roles a custom role can build on. */
export const ROLE_BASES = ['member', 'viewer'] as const;
export type RoleBase = (typeof ROLE_BASES)[number];

/** One permission of a custom role; `isInherited` when it comes from the base. */
export interface RolePermission {
  name: string;
  isInherited: boolean;
}

/** A W&B custom role, in the console's own shape. */
export interface Role {
  id: string;
  name: string;
  description: string;
  inheritedFrom: RoleBase;
  /** Inherited and added permissions, each once. */
  permissions: RolePermission[];
  organizationId: string | null;
  meta: ResourceMeta;
}

/** What the console sends to create or replace a custom role. */
export interface RoleInput {
  name: string;
  description: string;
  inheritedFrom: RoleBase;
  /** Only the permissions the role adds to its base. */
  permissions: string[];
}

/** A change to a role's added permissions, sent as one PATCH. */
export interface RolePermissionChange {
  add?: string[];
  remove?: string[];
}
