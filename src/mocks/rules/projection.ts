import { isRecord, keyOf, splitPath } from './resource-path';

// RFC 7643 2.4: `id` is always returned; `schemas` tells what the rest is.
const ALWAYS = new Set(['id', 'schemas']);

interface Projection {
  attributes: readonly string[];
  excludedAttributes: readonly string[];
}

/**
 * Applies `attributes` / `excludedAttributes` (RFC 7644 3.4.2.5) to one
 * resource as answered. A value filter in a name (`emails[type eq "work"]`)
 * is read as its attribute, as lenient servers do.
 */
export function project(
  resource: Record<string, unknown>,
  { attributes, excludedAttributes }: Projection,
): Record<string, unknown> {
  if (attributes.length > 0) {
    const kept: Record<string, unknown> = {};
    for (const key of Object.keys(resource)) {
      if (ALWAYS.has(key)) kept[key] = resource[key];
    }
    for (const name of attributes) copyPath(resource, kept, pathOf(name));
    return kept;
  }
  if (excludedAttributes.length === 0) return resource;

  const copy = structuredClone(resource);
  for (const name of excludedAttributes) removePath(copy, pathOf(name));
  return copy;
}

function pathOf(name: string): string[] {
  return splitPath(name.replace(/\[[^\]]*\]/g, ''));
}

function copyPath(
  from: Record<string, unknown>,
  to: Record<string, unknown>,
  path: string[],
): void {
  const [head, ...rest] = path;
  const key = head === undefined ? undefined : keyOf(from, head);
  if (key === undefined) return;
  const value = from[key];
  if (rest.length === 0 || !isRecord(value)) {
    if (rest.length === 0 || Array.isArray(value))
      to[key] = subAttributes(value, rest);
    return;
  }
  const target = isRecord(to[key]) ? (to[key] as Record<string, unknown>) : {};
  to[key] = target;
  copyPath(value, target, rest);
}

// `emails.value` keeps the `value` of each email.
function subAttributes(value: unknown, rest: string[]): unknown {
  if (rest.length === 0 || !Array.isArray(value)) return value;
  return value.filter(isRecord).map((item) => {
    const kept: Record<string, unknown> = {};
    copyPath(item, kept, rest);
    return kept;
  });
}

function removePath(object: Record<string, unknown>, path: string[]): void {
  const [head, ...rest] = path;
  const key = head === undefined ? undefined : keyOf(object, head);
  if (key === undefined || ALWAYS.has(key)) return;
  const value = object[key];
  if (rest.length === 0) {
    delete object[key];
  } else if (isRecord(value)) {
    removePath(value, rest);
  } else if (Array.isArray(value)) {
    for (const item of value) if (isRecord(item)) removePath(item, rest);
  }
}
