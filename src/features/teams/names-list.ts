/** Names in words for a message: "ada", "ada and bob", "ada, bob and 3 more". */
export function namesList(names: readonly string[], shown = 3): string {
  if (names.length <= 1) return names[0] ?? '';
  if (names.length <= shown) {
    return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
  }
  return `${names.slice(0, shown).join(', ')} and ${names.length - shown} more`;
}
