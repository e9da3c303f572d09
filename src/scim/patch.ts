import type { OrgRole } from './types';

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
