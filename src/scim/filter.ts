/** Quotes a value for a SCIM filter, escaping backslashes and quotes. */
export function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** `attribute eq "value"`, the one filter form every SCIM server takes. */
export function eq(attribute: string, value: string): string {
  return `${attribute} eq ${quote(value)}`;
}
