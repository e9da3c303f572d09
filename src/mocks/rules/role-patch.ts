import { catalogueBaseline } from '@/lib/permissions';

import type { StoredRole } from '../model';
import type { MockStore } from '../store';
import { bad, isRecord, readPermissionNames } from './role-input';

/**
 * Applies a PatchOp body to a role's added permissions. W&B's form is
 * `add`/`remove` with path `permissions` and a value list: a removal names
 * what it removes in `value`, not in a filter path.
 */
export function patchRole(
  store: MockStore,
  role: StoredRole,
  body: unknown,
): StoredRole {
  let added = [...role.permissions];

  for (const operation of readOperations(body)) {
    const op = String(operation.op ?? '').toLowerCase();
    const path = String(operation.path ?? '').trim();
    if (path.toLowerCase() !== 'permissions') {
      throw bad(`Roles take patches on "permissions" only, not "${path}".`);
    }
    const names = readPermissionNames(operation.value);

    if (op === 'add') {
      added = [...new Set([...added, ...names])];
    } else if (op === 'remove') {
      refuseInherited(role, names);
      added = added.filter((name) => !names.includes(name));
    } else {
      throw bad(`Unsupported operation "${String(operation.op)}".`);
    }
  }

  role.permissions = added;
  return store.touch(role);
}

// A custom role keeps everything its base holds; it can only add.
function refuseInherited(role: StoredRole, names: string[]): void {
  const inherited = catalogueBaseline(role.inheritedFrom);
  const locked = names.filter(
    (name) => inherited.includes(name) && !role.permissions.includes(name),
  );
  if (locked.length > 0) {
    throw bad(
      `${locked.join(', ')} comes from the ${role.inheritedFrom} role and cannot be removed.`,
    );
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
