import { describe, expect, it } from 'vitest';

import { runLimited, type Settled } from './bulk-runner';

/** A promise the test settles by hand. */
function deferred() {
  let resolve: () => void = () => undefined;
  let reject: (error: Error) => void = () => undefined;
  const promise = new Promise<void>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

describe('runLimited', () => {
  it('never has more than the limit in flight, and runs every item', async () => {
    const gates = Array.from({ length: 10 }, deferred);
    let inFlight = 0;
    let most = 0;
    const settled: number[] = [];

    const running = runLimited(
      gates.map((_, index) => index),
      4,
      async (index) => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        await gates[index]?.promise;
        inFlight -= 1;
        return index;
      },
      (index) => settled.push(index),
    );
    await Promise.resolve();
    expect(inFlight).toBe(4);

    for (const gate of gates.slice().reverse()) gate.resolve();
    await running;

    expect(most).toBe(4);
    expect(settled.sort((a, b) => a - b)).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
    ]);
  });

  it('reports each failure once and goes on with the rest', async () => {
    const calls: string[] = [];
    const results = new Map<string, Settled<string>>();

    await runLimited(
      ['a', 'b', 'c'],
      2,
      async (item) => {
        calls.push(item);
        if (item === 'b') throw new Error('boom');
        return item.toUpperCase();
      },
      (item, result) => results.set(item, result),
    );

    expect(calls.sort()).toEqual(['a', 'b', 'c']);
    expect(results.get('a')).toEqual({ ok: true, value: 'A' });
    expect(results.get('b')).toMatchObject({ ok: false });
    expect(results.get('c')).toEqual({ ok: true, value: 'C' });
  });

  it('settles at once with nothing to do', async () => {
    let called = false;
    await runLimited(
      [],
      4,
      async () => (called = true),
      () => undefined,
    );
    expect(called).toBe(false);
  });
});
