import type { StoredTeam } from '../model';
import type { MockStore } from '../store';
import {
  bad,
  isRecord,
  type MemberLookup,
  readMemberReferences,
  refuseRename,
} from './group-input';
import { setMembers } from './group-members';

const MEMBER_FILTER = /^members\s*\[\s*value\s+eq\s+"((?:[^"\\]|\\.)*)"\s*\]$/i;

/**
 * Applies a PatchOp body to a team's members, in every form the contract
 * lists and identity providers send: add; remove one by filter path; remove
 * all; replace; and `remove` + `path: members` + a value list, which removes
 * only the listed members. All operations apply, or none does.
 */
export function applyGroupPatch(
  store: MockStore,
  team: StoredTeam,
  body: unknown,
  lookup: MemberLookup,
): void {
  let next = [...team.memberIds];

  for (const operation of readOperations(body)) {
    const op = String(operation.op ?? '').toLowerCase();
    if (op !== 'add' && op !== 'remove' && op !== 'replace') {
      throw bad(`Unsupported operation "${String(operation.op)}".`);
    }
    let path = typeof operation.path === 'string' ? operation.path.trim() : '';
    let value = operation.value;

    // Some providers send a pathless operation whose value holds attributes.
    if (!path && isRecord(value)) {
      refuseRename(team, value.displayName);
      if (!('members' in value)) continue;
      path = 'members';
      value = value.members;
    }

    const filtered = MEMBER_FILTER.exec(path);
    if (filtered) {
      if (op !== 'remove') throw bad('Add members with the path "members".');
      const reference = (filtered[1] ?? '').replace(/\\(.)/g, '$1');
      const id = lookup.find(reference)?.id ?? reference;
      next = next.filter((memberId) => memberId !== id);
      continue;
    }
    if (path.toLowerCase() === 'displayname') {
      refuseRename(team, op === 'remove' ? null : value);
      continue;
    }
    if (path.toLowerCase() !== 'members') {
      throw bad(`The attribute "${path}" cannot be changed.`, 'invalidPath');
    }
    next = applyToMembers(next, op, value, lookup);
  }

  setMembers(store, team, next, lookup);
}

function applyToMembers(
  current: string[],
  op: 'add' | 'remove' | 'replace',
  value: unknown,
  lookup: MemberLookup,
): string[] {
  if (op === 'remove' && (value === undefined || value === null)) return [];

  const ids = readMemberReferences(value).map((reference) =>
    op === 'remove'
      ? (lookup.find(reference)?.id ?? reference)
      : lookup.require(reference).id,
  );
  if (op === 'replace') return ids;
  if (op === 'add') {
    const present = new Set(current);
    return [...current, ...ids.filter((id) => !present.has(id))];
  }
  // The identity providers' form: remove exactly the listed members.
  const leaving = new Set(ids);
  return current.filter((id) => !leaving.has(id));
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
