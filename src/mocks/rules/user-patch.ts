import type { OrgRole, SeatLevel } from '@/scim/types';

import { MockHttpError } from '../http';
import type { StoredUser } from '../model';
import type { MockStore } from '../store';
import { checkSeat } from './seats';

const ORG_ROLES: readonly string[] = ['admin', 'member', 'viewer'];
const SEAT_LEVELS: readonly string[] = ['full', 'viewer', 'none'];
const PREDEFINED_TEAM_ROLES = ['admin', 'member', 'viewer'];

/** What a PATCH did to the user: changed, or removed it (Multi-tenant). */
export type PatchOutcome = { kind: 'updated' } | { kind: 'removed' };

/**
 * Applies a PatchOp body to a user with W&B's rules, taking what identity
 * providers send too (`"Replace"`, `"False"`, a pathless value object).
 */
export function applyUserPatch(
  store: MockStore,
  user: StoredUser,
  body: unknown,
): PatchOutcome {
  const operations = readOperations(body);
  const draft = structuredClone(user);
  let removed = false;

  for (const operation of operations) {
    const op = String(operation.op ?? '').toLowerCase();
    if (op !== 'add' && op !== 'replace' && op !== 'remove') {
      throw bad(`Unsupported operation "${String(operation.op)}".`);
    }
    const path =
      typeof operation.path === 'string' ? operation.path.trim() : '';

    if (!path) {
      if (op === 'remove') throw bad('A remove operation needs a path.');
      if (!isRecord(operation.value)) {
        throw bad('A patch without a path needs an object value.');
      }
      for (const [key, value] of Object.entries(operation.value)) {
        removed = setAttribute(store, draft, key, value) || removed;
      }
      continue;
    }

    if (/^registryRoles/i.test(path)) {
      applyRegistryRoles(draft, op, path, operation.value);
      continue;
    }
    if (op === 'remove')
      throw bad(`The attribute "${path}" cannot be removed.`);
    removed = setAttribute(store, draft, path, operation.value) || removed;
  }

  if (removed) {
    store.removeUser(user.id);
    return { kind: 'removed' };
  }

  Object.assign(user, draft);
  store.touch(user);
  return { kind: 'updated' };
}

/** Sets one attribute; answers true when the user leaves the organization. */
function setAttribute(
  store: MockStore,
  user: StoredUser,
  attribute: string,
  value: unknown,
): boolean {
  const multiTenant = store.settings.deployment === 'multi-tenant';

  switch (attribute.toLowerCase()) {
    case 'active': {
      const active = readBoolean(value, 'active');
      if (multiTenant && active && !user.active) {
        throw bad(
          'Reactivating a user is not supported on Multi-tenant Cloud.',
        );
      }
      // Multi-tenant Cloud removes a deactivated user from the organization.
      if (multiTenant && !active) return true;
      user.active = active;
      return false;
    }
    case 'organizationrole':
      setOrgRole(store, user, readChoice(value, ORG_ROLES, 'organizationRole'));
      return false;
    case 'displayname':
      if (multiTenant)
        throw bad('Display names cannot be changed on Multi-tenant Cloud.');
      if (typeof value !== 'string' || !value.trim()) {
        throw bad('displayName must be a non-empty string.');
      }
      user.displayName = value.trim();
      return false;
    case 'emails':
      if (multiTenant)
        throw bad('Emails cannot be changed on Multi-tenant Cloud.');
      user.emails = [
        { value: uniqueEmail(store, user, readEmail(value)), primary: true },
      ];
      return false;
    case 'modelsseat':
      user.modelsSeat = readChoice(
        value,
        SEAT_LEVELS,
        'modelsSeat',
      ) as SeatLevel;
      return false;
    case 'weaverole':
      user.weaveRole = readChoice(value, SEAT_LEVELS, 'weaveRole') as SeatLevel;
      return false;
    case 'teamroles':
      setTeamRoles(store, user, value);
      return false;
    default:
      throw bad(
        `The attribute "${attribute}" cannot be changed.`,
        'invalidPath',
      );
  }
}

function setOrgRole(store: MockStore, user: StoredUser, role: string): void {
  if (role !== 'viewer') {
    user.organizationRole = role as OrgRole;
    return;
  }
  // The deprecated viewer role is remapped: a member with viewer seats who
  // only views in every team.
  checkSeat(store, user, 'viewer');
  user.organizationRole = 'member';
  user.modelsSeat = 'viewer';
  user.weaveRole = 'viewer';
  user.teamRoles = user.teamRoles.map((role) => ({
    ...role,
    roleName: 'viewer',
  }));
}

function setTeamRoles(
  store: MockStore,
  user: StoredUser,
  value: unknown,
): void {
  const entries = Array.isArray(value) ? value : [value];
  for (const entry of entries) {
    if (!isRecord(entry))
      throw bad('teamRoles entries need teamName and roleName.');
    const teamName = entry.teamName ?? entry.teamname;
    const roleName = entry.roleName ?? entry.rolename;
    if (typeof teamName !== 'string' || typeof roleName !== 'string') {
      throw bad('teamRoles entries need teamName and roleName.');
    }
    const team = store.state.teams.find((t) => t.name === teamName);
    if (!team) throw new MockHttpError(404, `Team "${teamName}" not found.`);
    const custom = store.state.roles.some((role) => role.name === roleName);
    if (!custom && !PREDEFINED_TEAM_ROLES.includes(roleName)) {
      throw bad(`Role "${roleName}" does not exist.`);
    }
    if (!team.memberIds.includes(user.id)) {
      throw bad(`User is not a member of team "${teamName}".`);
    }
    const others = user.teamRoles.filter((role) => role.teamName !== teamName);
    user.teamRoles = [...others, { teamName, roleName }];
  }
}

function applyRegistryRoles(
  user: StoredUser,
  op: string,
  path: string,
  value: unknown,
): void {
  const filtered = /^registryRoles\[registryName eq "([^"]*)"\]$/i.exec(path);
  if (op === 'remove') {
    user.registryRoles = filtered
      ? user.registryRoles.filter((role) => role.registryName !== filtered[1])
      : [];
    return;
  }
  if (filtered) throw bad('Add registry roles with the path "registryRoles".');
  const entries = Array.isArray(value) ? value : [value];
  for (const entry of entries) {
    if (
      !isRecord(entry) ||
      typeof entry.registryName !== 'string' ||
      typeof entry.roleName !== 'string'
    ) {
      throw bad('registryRoles entries need registryName and roleName.');
    }
    const { registryName, roleName } = entry;
    user.registryRoles = [
      ...user.registryRoles.filter(
        (role) => role.registryName !== registryName,
      ),
      { registryName, roleName },
    ];
  }
}

function readOperations(body: unknown): Record<string, unknown>[] {
  const operations = isRecord(body)
    ? (body.Operations ?? body.operations)
    : null;
  if (!Array.isArray(operations) || operations.length === 0) {
    throw bad(
      'The request needs a non-empty Operations list.',
      'invalidSyntax',
    );
  }
  return operations.map((operation) => {
    if (!isRecord(operation)) throw bad('Each operation must be an object.');
    return operation;
  });
}

function readBoolean(value: unknown, name: string): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    const text = value.trim().toLowerCase();
    if (text === 'true') return true;
    if (text === 'false') return false;
  }
  throw bad(`${name} must be true or false.`, 'invalidValue');
}

function readChoice(value: unknown, allowed: readonly string[], name: string) {
  if (typeof value === 'string' && allowed.includes(value)) return value;
  throw bad(`${name} must be one of: ${allowed.join(', ')}.`, 'invalidValue');
}

function uniqueEmail(store: MockStore, user: StoredUser, email: string) {
  const wanted = email.toLowerCase();
  const holder = store.state.users.find(
    (other) =>
      other.id !== user.id &&
      other.emails.some((e) => e.value.toLowerCase() === wanted),
  );
  if (holder) {
    throw new MockHttpError(
      409,
      `A user with email "${email}" already exists.`,
      'uniqueness',
    );
  }
  return email;
}

function readEmail(value: unknown): string {
  const first = Array.isArray(value) ? value[0] : value;
  const text = isRecord(first) ? (first.value ?? first.Value) : first;
  if (typeof text !== 'string' || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)) {
    throw bad('emails must hold one valid email address.', 'invalidValue');
  }
  return text;
}

function bad(detail: string, scimType = 'invalidValue'): MockHttpError {
  return new MockHttpError(400, detail, scimType);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
