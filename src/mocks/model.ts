import type { OrgRole, RegistryRole, SeatLevel, TeamRole } from '@/scim/types';

/** How the mock behaves: which server it imitates and which of its variants. */
export interface MockSettings {
  profile: 'wandb' | 'rfc';
  deployment: 'dedicated' | 'multi-tenant';
  generation: 'current' | 'legacy';
  size: number;
}

export const DEFAULT_SETTINGS: MockSettings = {
  profile: 'wandb',
  deployment: 'dedicated',
  generation: 'current',
  size: 250,
};

export interface StoredEmail {
  value: string;
  primary: boolean;
  /** `work`, `home`…: kept by the rfc profile, which answers it back. */
  type?: string;
}

export interface StoredUser {
  id: string;
  userName: string;
  displayName: string | null;
  emails: StoredEmail[];
  active: boolean;
  organizationRole: OrgRole;
  teamRoles: TeamRole[];
  registryRoles: RegistryRole[];
  modelsSeat: SeatLevel;
  weaveRole: SeatLevel;
  daysActive: number;
  lastActiveAt: string | null;
  created: string;
  lastModified: string;
  version: number;
  /**
   * The RFC 7643 attributes W&B does not keep (name, externalId, addresses,
   * the enterprise extension…), as the rfc profile was sent them.
   */
  rfc?: Record<string, unknown>;
}

export interface StoredTeam {
  id: string;
  name: string;
  memberIds: string[];
  created: string;
  lastModified: string;
  version: number;
  /** The team's own storage bucket, when it was created with one. */
  storageBucket?: StoredStorageBucket;
  /** Org-scoped service accounts that joined the team when it was created. */
  serviceAccountIds?: string[];
}

export interface StoredStorageBucket {
  name: string;
  provider: string;
  path?: string;
  kmsKeyId?: string;
  awsExternalId?: string;
  azureTenantId?: string;
  azureClientId?: string;
}

export interface StoredRole {
  id: string;
  name: string;
  description: string;
  inheritedFrom: 'member' | 'viewer';
  /** Only the permissions the role adds; inherited ones come from the base. */
  permissions: string[];
  created: string;
  lastModified: string;
  version: number;
}

export interface StoredServiceAccount {
  id: string;
  description: string;
  teamId: string | null;
  created: string;
}

export interface MockState {
  users: StoredUser[];
  teams: StoredTeam[];
  roles: StoredRole[];
  serviceAccounts: StoredServiceAccount[];
  /** Bumped on every write, so that every version (and ETag) is new. */
  clock: number;
  /** Seats the organization bought, by Models seat type; absent = unlimited. */
  seatLimits?: { full: number; viewer: number };
}

/** A failure the mock answers instead of handling a request. */
export interface Fault {
  method?: string;
  /** Matched against the request's path, e.g. `/scim/Users/`. */
  pathIncludes?: string;
  status: number;
  detail: string;
  /** How many requests it fails before it is used up. */
  times: number;
}
