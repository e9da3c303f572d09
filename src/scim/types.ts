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

/** The storage providers a team's own bucket may use, as W&B spells them. */
export const STORAGE_PROVIDERS = [
  'COREWEAVE',
  'AWS',
  'AZURE',
  'GCP',
  'MINIO',
] as const;

/** A team's own storage bucket, given when the team is created. */
export interface StorageBucket {
  name: string;
  /** One of STORAGE_PROVIDERS on W&B; other servers may know others. */
  provider: string;
  path?: string;
  kmsKeyId?: string;
  awsExternalId?: string;
  azureTenantId?: string;
  azureClientId?: string;
}

/** One member of a team: a user id, and the name the server shows for it. */
export interface TeamMember {
  id: string;
  display: string;
}

/** A W&B team (a SCIM Group), in the console's own shape. */
export interface Team {
  id: string;
  name: string;
  /** Empty when the server answers `null` (W&B, for an empty team). */
  members: TeamMember[];
  storageBucket: StorageBucket | null;
  meta: ResourceMeta;
}

/** What the console sends to create a team. */
export interface NewTeam {
  name: string;
  /** User ids or email addresses; the first becomes the team's admin. */
  members: string[];
  storageBucket?: StorageBucket;
}

/** A service account: org-scoped when `teamId` is null. */
export interface ServiceAccount {
  id: string;
  description: string;
  teamId: string | null;
  /** The teams an org-scoped account joined. */
  teamIds: string[];
  created: string | null;
}

/** A service account just created, with the API key the server shows once. */
export interface NewServiceAccount extends ServiceAccount {
  apiKey: string;
}
