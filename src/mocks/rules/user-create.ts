import type { SeatLevel } from '@/scim/types';
import { TEAMS_EXTENSION } from '@/scim/users';

import { buildUser } from '../fixtures';
import { MockHttpError } from '../http';
import type { StoredUser } from '../model';
import type { MockStore } from '../store';
import { checkSeat } from './seats';

const SEATS: readonly string[] = ['full', 'viewer', 'none'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Creates a user from a POST body with W&B's rules: userName and one email
 * required and unique, seat fields on Dedicated only, teams on Multi-tenant
 * only, and the organization's seat limit.
 */
export function createUser(store: MockStore, body: unknown): StoredUser {
  if (!isRecord(body)) throw bad('The request body must be a JSON object.');
  const multiTenant = store.settings.deployment === 'multi-tenant';

  const userName =
    typeof body.userName === 'string' ? body.userName.trim() : '';
  if (!userName) throw bad('userName is required.');
  const email = primaryEmail(body.emails);
  if (!email) throw bad('emails must hold one valid email address.');

  const taken = store.state.users.find(
    (user) => user.userName.toLowerCase() === userName.toLowerCase(),
  );
  if (taken)
    throw conflict(`A user with userName "${userName}" already exists.`);
  const emailTaken = store.state.users.some((user) =>
    user.emails.some((e) => e.value.toLowerCase() === email.toLowerCase()),
  );
  if (emailTaken)
    throw conflict(`A user with email "${email}" already exists.`);

  if (
    multiTenant &&
    (body.modelsSeat !== undefined || body.weaveRole !== undefined)
  ) {
    throw bad(
      'modelsSeat and weaveRole are not supported on Multi-tenant Cloud.',
    );
  }
  const modelsSeat = seat(body.modelsSeat, 'modelsSeat');
  const weaveRole = seat(body.weaveRole, 'weaveRole');
  const teams = teamNames(store, body[TEAMS_EXTENSION], multiTenant);
  checkSeat(store, null, modelsSeat);

  const now = new Date().toISOString();
  const user = buildUser({
    id: newId(store),
    userName,
    displayName: typeof body.displayName === 'string' ? body.displayName : null,
    emails: [{ value: email, primary: true }],
    modelsSeat,
    weaveRole,
    created: now,
    lastModified: now,
    teamRoles: teams.map((team) => ({
      teamName: team.name,
      roleName: 'member',
    })),
  });
  for (const team of teams) team.memberIds.push(user.id);
  store.state.users.push(user);
  store.touch(user);
  return user;
}

function teamNames(store: MockStore, extension: unknown, multiTenant: boolean) {
  if (extension === undefined) return [];
  if (!multiTenant) {
    throw bad('Teams on create are only supported on Multi-tenant Cloud.');
  }
  const names = isRecord(extension) ? extension.teams : undefined;
  if (!Array.isArray(names))
    throw bad('The teams extension needs a teams list.');
  return names.map((name) => {
    const team = store.state.teams.find((t) => t.name === name);
    if (!team) throw bad(`Team "${String(name)}" does not exist.`);
    return team;
  });
}

function primaryEmail(value: unknown): string | null {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  const entries = list.filter(isRecord);
  const chosen = entries.find((e) => e.primary === true) ?? entries[0];
  const text = chosen ? (chosen.value ?? chosen.Value) : undefined;
  return typeof text === 'string' && EMAIL.test(text.trim())
    ? text.trim()
    : null;
}

function seat(value: unknown, name: string): SeatLevel {
  if (value === undefined) return 'full';
  if (typeof value === 'string' && SEATS.includes(value))
    return value as SeatLevel;
  throw bad(`${name} must be one of: ${SEATS.join(', ')}.`);
}

function newId(store: MockStore): string {
  const stamp = (store.state.clock + 1).toString(16);
  return `${Date.now().toString(16)}${stamp}`.padStart(16, '0').slice(-16);
}

function bad(detail: string) {
  return new MockHttpError(400, detail, 'invalidValue');
}

function conflict(detail: string) {
  return new MockHttpError(409, detail, 'uniqueness');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
