/** A small seeded generator, so that every seed gives the same organization. */
export function createRandom(seed: number) {
  let state = seed >>> 0;

  function next(): number {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  return {
    next,
    int(min: number, max: number): number {
      return min + Math.floor(next() * (max - min + 1));
    },
    pick<T>(items: readonly T[]): T {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
    chance(probability: number): boolean {
      return next() < probability;
    },
    hex(length: number): string {
      let text = '';
      while (text.length < length) {
        text += Math.floor(next() * 0x100000000)
          .toString(16)
          .padStart(8, '0');
      }
      return text.slice(0, length);
    },
  };
}

export type Random = ReturnType<typeof createRandom>;
