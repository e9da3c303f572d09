import {
  scimPatch,
  type ScimPatchOperation,
  type ScimResource,
} from 'scim-patch';

import type { StoredUser } from '../model';
import type { MockStore } from '../store';
import { isRecord, keyOf } from './resource-path';
import {
  bad,
  checkUserNameFree,
  readRfcUser,
  representRfcUser,
  STANDARD_USER_ATTRIBUTES,
} from './rfc-user';
import { applyUserPatch, type PatchOutcome } from './user-patch';

// W&B's own attributes, and `active` whose W&B rules (Multi-tenant removes a
// deactivated user) still hold: these go through W&B's PATCH rules.
const WANDB_ATTRIBUTES = new Set([
  'active',
  'organizationrole',
  'modelsseat',
  'weaverole',
  'teamroles',
  'registryroles',
]);

type Operation = { op: string; path?: string; value?: unknown };

/**
 * PATCH /Users/{id} in the rfc profile. Standard attributes are patched by
 * scim-patch on the user as answered, then read back with the RFC rules;
 * W&B's attributes keep W&B's rules. All of it applies, or none does.
 */
export function patchRfcUser(
  store: MockStore,
  user: StoredUser,
  body: unknown,
): PatchOutcome {
  const wandb: Operation[] = [];
  const standard: ScimPatchOperation[] = [];
  const document = representRfcUser(store, user, '');

  for (const operation of readOperations(body)) {
    const op = String(operation.op ?? '').toLowerCase();
    if (op !== 'add' && op !== 'replace' && op !== 'remove') {
      throw bad(`Unsupported operation "${String(operation.op)}".`);
    }
    const path =
      typeof operation.path === 'string' ? operation.path.trim() : '';
    if (!path && isRecord(operation.value)) {
      const [own, rest] = splitValue(operation.value);
      if (Object.keys(own).length) wandb.push({ op, value: own });
      if (Object.keys(rest).length) standard.push(typed(op, undefined, rest));
    } else if (WANDB_ATTRIBUTES.has(rootOf(path))) {
      wandb.push({ op, path, value: operation.value });
    } else {
      standard.push(
        ...expand(op, canonicalPath(document, path), operation.value),
      );
    }
  }

  // The standard part is worked out first, so that a failure there leaves
  // the user untouched; W&B's part then writes, or refuses, on its own.
  const next = standard.length
    ? patchStandard(store, user, document, standard)
    : null;
  if (wandb.length) {
    const outcome = applyUserPatch(store, user, { Operations: wandb });
    if (outcome.kind === 'removed') return outcome;
  }
  if (next) {
    Object.assign(user, next);
    store.touch(user);
  }
  return { kind: 'updated' };
}

function patchStandard(
  store: MockStore,
  user: StoredUser,
  document: Record<string, unknown>,
  operations: ScimPatchOperation[],
) {
  let patched: Record<string, unknown>;
  try {
    const resource: ScimResource & Record<string, unknown> = {
      ...document,
      schemas: [],
      meta: { created: new Date(), lastModified: new Date() },
    };
    patched = scimPatch(resource, operations, {
      mutateDocument: false,
      treatMissingAsAdd: true,
    });
  } catch (error) {
    const scimType =
      isRecord(error) && typeof error.scimCode === 'string'
        ? error.scimCode
        : 'invalidValue';
    throw bad(
      error instanceof Error ? error.message : 'Invalid patch.',
      scimType,
    );
  }
  const { active: _active, ...fields } = readRfcUser(patched);
  checkUserNameFree(store, fields.userName, user.id);
  return fields;
}

// scim-patch removes by deep equality, so `remove emails` with a value list
// of `{value}` would match nothing: each becomes a filtered remove instead.
function expand(
  op: string,
  path: string,
  value: unknown,
): ScimPatchOperation[] {
  if (op !== 'remove' || !Array.isArray(value) || !path || path.includes('[')) {
    return [typed(op, path || undefined, value)];
  }
  return value.map((item) => {
    const wanted = isRecord(item)
      ? item[keyOf(item, 'value') ?? 'value']
      : item;
    return typed(
      'remove',
      `${path}[value eq ${JSON.stringify(String(wanted))}]`,
    );
  });
}

// Attribute names are case-insensitive; scim-patch matches keys exactly.
function canonicalPath(
  document: Record<string, unknown>,
  path: string,
): string {
  const bracket = path.indexOf('[');
  const head = bracket === -1 ? path : path.slice(0, bracket);
  const tail = bracket === -1 ? '' : path.slice(bracket);
  if (head.startsWith('urn:')) return path;

  let scope: unknown = document;
  const names = head.split('.').map((name, index) => {
    const known = isRecord(scope) ? keyOf(scope, name) : undefined;
    const named =
      known ??
      (index === 0
        ? STANDARD_USER_ATTRIBUTES.find(
            (a) => a.toLowerCase() === name.toLowerCase(),
          )
        : undefined);
    scope = isRecord(scope) && known ? scope[known] : undefined;
    return named ?? name;
  });
  return names.join('.') + tail;
}

function splitValue(value: Record<string, unknown>) {
  const own: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    (WANDB_ATTRIBUTES.has(key.toLowerCase()) ? own : rest)[key] = item;
  }
  return [own, rest] as const;
}

function rootOf(path: string): string {
  return (path.split(/[.[]/)[0] ?? '').toLowerCase();
}

// In scim-patch's own operation type, a remove always names a path; one
// without is refused there with RFC 7644's noTarget.
function typed(op: string, path?: string, value?: unknown): ScimPatchOperation {
  const withValue = value === undefined ? {} : { value };
  if (op === 'remove') return { op: 'remove', path: path ?? '', ...withValue };
  const at = path === undefined ? {} : { path };
  return { op: op === 'add' ? 'add' : 'replace', ...at, value };
}

function readOperations(body: unknown): Operation[] {
  const list = isRecord(body) ? (body.Operations ?? body.operations) : null;
  if (!Array.isArray(list) || list.length === 0) {
    throw bad(
      'The request needs a non-empty Operations list.',
      'invalidSyntax',
    );
  }
  return list.map((operation) => {
    if (!isRecord(operation)) throw bad('Each operation must be an object.');
    const path =
      typeof operation.path === 'string' ? operation.path : undefined;
    return { op: String(operation.op ?? ''), path, value: operation.value };
  });
}
