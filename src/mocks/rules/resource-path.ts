/**
 * Attribute paths over a resource as answered, the SCIM way: names are
 * case-insensitive and an extension's attributes sit under its schema URN
 * (`urn:…:enterprise:2.0:User:department`).
 */
export function splitPath(path: string): string[] {
  const colon = path.lastIndexOf(':');
  if (colon === -1) return path.split('.');
  return [path.slice(0, colon), ...path.slice(colon + 1).split('.')];
}

/** The key of `object` that `name` means, whatever its case. */
export function keyOf(
  object: Record<string, unknown>,
  name: string,
): string | undefined {
  const wanted = name.toLowerCase();
  return Object.keys(object).find((key) => key.toLowerCase() === wanted);
}

/**
 * The value at `path`; through a multi-valued attribute it follows the
 * primary item (else the first), which is what sorting by it means.
 */
export function valueAt(resource: unknown, path: string): unknown {
  let current: unknown = resource;
  for (const name of splitPath(path)) {
    if (Array.isArray(current)) current = primaryOf(current);
    if (!isRecord(current)) return undefined;
    const key = keyOf(current, name);
    current = key === undefined ? undefined : current[key];
  }
  return current;
}

function primaryOf(items: unknown[]): unknown {
  return (
    items.find((item) => isRecord(item) && item.primary === true) ?? items[0]
  );
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
