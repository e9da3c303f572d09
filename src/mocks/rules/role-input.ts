import { isCataloguePermission } from '@/lib/permissions';
import { ROLE_BASES, type RoleBase } from '@/scim/types';

import { MockHttpError } from '../http';
import type { StoredRole } from '../model';
import type { MockStore } from '../store';

const PREDEFINED = ['admin', 'member', 'viewer'];

/** The fields of a POST or PUT body, each read and checked when present. */
export interface RoleFields {
  name?: string;
  description?: string;
  inheritedFrom?: RoleBase;
  permissions?: string[];
}

/** Reads a role body; unknown permissions and bases are refused with 400. */
export function readRoleFields(body: unknown): RoleFields {
  if (!isRecord(body)) throw bad('The request body must be a JSON object.');
  const fields: RoleFields = {};

  if (body.name !== undefined) {
    if (typeof body.name !== 'string' || !body.name.trim()) {
      throw bad('name must be a non-empty string.');
    }
    fields.name = body.name.trim();
  }
  if (body.description !== undefined && body.description !== null) {
    if (typeof body.description !== 'string') {
      throw bad('description must be a string.');
    }
    fields.description = body.description;
  }
  if (body.inheritedFrom !== undefined) {
    fields.inheritedFrom = readBase(body.inheritedFrom);
  }
  if (body.permissions !== undefined && body.permissions !== null) {
    fields.permissions = readPermissionNames(body.permissions);
  }
  return fields;
}

function readBase(value: unknown): RoleBase {
  const text = typeof value === 'string' ? value.toLowerCase() : '';
  const base = ROLE_BASES.find((candidate) => candidate === text);
  if (!base) {
    throw bad(
      `inheritedFrom must be one of: ${ROLE_BASES.join(', ')}.`,
      'invalidValue',
    );
  }
  return base;
}

/**
 * Reads `[{name: "object:operation"}]` (any key case; bare strings too) into
 * names, refusing any the catalogue does not know, as a strict server would.
 */
export function readPermissionNames(value: unknown): string[] {
  if (!Array.isArray(value)) throw bad('permissions must be a list.');
  const names = value.map((entry) => {
    const name = isRecord(entry) ? (entry.name ?? entry.Name) : entry;
    if (typeof name !== 'string') {
      throw bad('Each permission needs a name.');
    }
    return name.trim();
  });
  const unknown = names.filter((name) => !isCataloguePermission(name));
  if (unknown.length > 0) {
    throw bad(`Unknown permission: ${unknown.join(', ')}.`, 'invalidValue');
  }
  return [...new Set(names)];
}

/** 400 for a predefined role's name, 409 for another custom role's. */
export function checkNameFree(
  store: MockStore,
  name: string,
  exceptId?: string,
): void {
  const wanted = name.toLowerCase();
  if (PREDEFINED.includes(wanted)) {
    throw bad(`"${name}" is a predefined role.`, 'invalidValue');
  }
  const taken = store.state.roles.some(
    (role) => role.id !== exceptId && role.name.toLowerCase() === wanted,
  );
  if (taken) {
    throw new MockHttpError(
      409,
      `A role named "${name}" already exists.`,
      'uniqueness',
    );
  }
}

export function requireRole(store: MockStore, id: string): StoredRole {
  const role = store.state.roles.find((candidate) => candidate.id === id);
  if (!role) throw new MockHttpError(404, `Role ${id} not found.`);
  return role;
}

export function bad(detail: string, scimType = 'invalidValue') {
  return new MockHttpError(400, detail, scimType);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
