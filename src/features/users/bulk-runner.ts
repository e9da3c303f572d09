export type Settled<R> = { ok: true; value: R } | { ok: false; error: unknown };

/**
 * Runs `work` on every item with at most `limit` calls in flight, reporting
 * each as it settles. A failure never stops the others and is never retried
 * here: whether to send a write again is the admin's decision.
 */
export async function runLimited<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
  onSettled: (item: T, result: Settled<R>) => void,
): Promise<void> {
  const queue = items.map((item) => ({ item }));

  async function worker(): Promise<void> {
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      let result: Settled<R>;
      try {
        result = { ok: true, value: await work(entry.item) };
      } catch (error) {
        result = { ok: false, error };
      }
      onSettled(entry.item, result);
    }
  }

  const workers = Math.max(1, Math.min(limit, items.length));
  await Promise.all(Array.from({ length: workers }, worker));
}
