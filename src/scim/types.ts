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
