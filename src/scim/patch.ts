import { quote } from './filter';
import type { OrgRole, SeatLevel } from './types';

export const PATCH_OP_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

/** One operation of a SCIM PatchOp request, in the RFC's form. */
export interface PatchOperation {
  op: 'add' | 'remove' | 'replace';
  path?: string;
  value?: unknown;
}

export interface PatchRequest {
  schemas: [typeof PATCH_OP_SCHEMA];
  Operations: PatchOperation[];
}

/** Wraps operations into a PatchOp body. */
export function patchRequest(...operations: PatchOperation[]): PatchRequest {
  return { schemas: [PATCH_OP_SCHEMA], Operations: operations };
}

/** Deactivates (`false`) or re-enables (`true`) a user: W&B's pathless form. */
export function setActive(active: boolean): PatchOperation {
  return { op: 'replace', value: { active } };
}

/** Sets a user's organization role. */
export function setOrganizationRole(role: OrgRole): PatchOperation {
  return { op: 'replace', path: 'organizationRole', value: role };
}

/** Sets a display name (Dedicated / Self-Managed only). */
export function setDisplayName(displayName: string): PatchOperation {
  return { op: 'replace', path: 'displayName', value: displayName };
}

/** Replaces the user's one email (Dedicated / Self-Managed only). */
export function setEmail(email: string): PatchOperation {
  return {
    op: 'replace',
    path: 'emails',
    value: [{ value: email, primary: true }],
  };
}

/** Sets the Models seat. */
export function setModelsSeat(seat: SeatLevel): PatchOperation {
  return { op: 'replace', path: 'modelsSeat', value: seat };
}

/** Sets the Weave role. */
export function setWeaveRole(role: SeatLevel): PatchOperation {
  return { op: 'replace', path: 'weaveRole', value: role };
}

/** Sets the user's role in one team: admin, member, viewer or a custom role. */
export function setTeamRole(
  teamName: string,
  roleName: string,
): PatchOperation {
  return { op: 'replace', path: 'teamRoles', value: [{ teamName, roleName }] };
}

/** Grants a role in a registry. */
export function addRegistryRole(
  registryName: string,
  roleName: string,
): PatchOperation {
  return {
    op: 'add',
    path: 'registryRoles',
    value: [{ registryName, roleName }],
  };
}

/** Takes away the user's role in one registry. */
export function removeRegistryRole(registryName: string): PatchOperation {
  return {
    op: 'remove',
    path: `registryRoles[registryName eq ${quote(registryName)}]`,
  };
}

const members = (references: readonly string[]) =>
  references.map((value) => ({ value }));

/** Adds users (ids or emails) to a team; those already in it stay as they are. */
export function addMembers(references: readonly string[]): PatchOperation {
  return { op: 'add', path: 'members', value: members(references) };
}

/** Removes one member by a filter path, the contract's documented form. */
export function removeMember(reference: string): PatchOperation {
  return { op: 'remove', path: `members[value eq ${quote(reference)}]` };
}

/** Removes the listed members only: the form identity providers send. */
export function removeMembers(references: readonly string[]): PatchOperation {
  return { op: 'remove', path: 'members', value: members(references) };
}

/** Removes every member of a team. */
export function removeAllMembers(): PatchOperation {
  return { op: 'remove', path: 'members' };
}

/** Replaces a team's whole member list. */
export function replaceMembers(references: readonly string[]): PatchOperation {
  return { op: 'replace', path: 'members', value: members(references) };
}
