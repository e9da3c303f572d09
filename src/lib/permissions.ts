import type { RoleBase } from '@/scim/types';

/** One permission of the catalogue, with the lowest base role that holds it. */
export interface CataloguePermission {
  name: string;
  meaning: string;
  /** `viewer`: both bases hold it; `member`: only member; null: neither. */
  heldFrom: RoleBase | null;
}

type Row = [name: string, meaning: string, heldFrom: RoleBase | null];

// W&B publishes no full list; this is the mock's truth and the console's
// starting point (shared/permissions.md). Live mode adds what servers send.
const ROWS: Row[] = [
  ['project:read', "see projects and their runs' metadata", 'viewer'],
  ['project:create', 'create projects', 'member'],
  ['project:update', 'change project settings, description, visibility', null],
  ['project:delete', 'delete projects', null],
  ['run:read', 'see runs, metrics, logs and files', 'viewer'],
  ['run:create', 'log new runs', 'member'],
  ['run:update', 'edit run names, notes, tags; move runs', 'member'],
  ['run:stop', 'stop any running run', null],
  ['run:delete', 'delete any run', null],
  ['artifact:read', 'see and download artifacts', 'viewer'],
  ['artifact:create', 'log artifacts and versions', 'member'],
  ['artifact:update', 'edit artifact metadata and aliases', 'member'],
  ['artifact:delete', 'delete artifacts and versions', null],
  ['report:read', 'see and comment on reports', 'viewer'],
  ['report:create', 'create reports', 'member'],
  ['report:update', 'edit any report', null],
  ['report:delete', 'delete any report', null],
  ['sweep:read', 'see sweeps', 'viewer'],
  ['sweep:create', 'create and run sweeps', 'member'],
  ['sweep:stop', 'pause, resume and stop any sweep', null],
  ['sweep:delete', 'delete sweeps', null],
  ['launchagent:read', 'see launch agents', 'viewer'],
  ['launchagent:create', 'start launch agents', null],
  ['launchagent:delete', 'stop and remove launch agents', null],
  ['runqueue:read', 'see launch queues', 'viewer'],
  ['runqueue:create', 'create launch queues and push to them', null],
  ['runqueue:delete', 'delete launch queues', null],
];

/** The permission catalogue, in the order the console shows it. */
export const PERMISSION_CATALOGUE: readonly CataloguePermission[] = ROWS.map(
  ([name, meaning, heldFrom]) => ({ name, meaning, heldFrom }),
);

const BY_NAME = new Map(PERMISSION_CATALOGUE.map((p) => [p.name, p]));

/** Labels of the objects permissions act on, in display order. */
export const PERMISSION_OBJECTS: Readonly<Record<string, string>> = {
  project: 'Project',
  run: 'Run',
  artifact: 'Artifact',
  report: 'Report',
  sweep: 'Sweep',
  launchagent: 'Launch agent',
  runqueue: 'Run queue',
};

/** `object:operation`, lower case, as W&B names permissions. */
export const PERMISSION_NAME = /^[a-z][a-z0-9_-]*:[a-z][a-z0-9_-]*$/;

export function isWellFormedPermission(name: string): boolean {
  return PERMISSION_NAME.test(name);
}

export function isCataloguePermission(name: string): boolean {
  return BY_NAME.has(name);
}

/** What a catalogue permission allows, or undefined for one it lacks. */
export function meaningOf(name: string): string | undefined {
  return BY_NAME.get(name)?.meaning;
}

/** The object part of `object:operation`. */
export function objectOf(name: string): string {
  return name.split(':', 1)[0] ?? name;
}

/** A readable label for an object, known or not. */
export function objectLabel(object: string): string {
  return PERMISSION_OBJECTS[object] ?? object;
}

/** The permissions the catalogue gives a base role (8 for viewer, 14 for member). */
export function catalogueBaseline(base: RoleBase): string[] {
  return PERMISSION_CATALOGUE.filter(
    (p) =>
      p.heldFrom === 'viewer' || (base === 'member' && p.heldFrom === 'member'),
  ).map((p) => p.name);
}

/** `Viewer`, `Member`: how the console names a base role. */
export function baseLabel(base: RoleBase): string {
  return base === 'member' ? 'Member' : 'Viewer';
}
