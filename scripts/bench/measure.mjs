// What one page load is measured for: first rows painted, a search painted,
// and the JS heap once ready. Shared by the console and the floor page.

/** Injected before any page script: notes when rows first appear. */
export const RECORDER = `(() => {
  const selector = window.__benchRows;
  const observer = new MutationObserver(() => {
    if (window.__rowsAt || !document.querySelector(selector)) return;
    requestAnimationFrame(() => requestAnimationFrame(() => {
      window.__rowsAt = performance.now();
    }));
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

/** Types `query` into `input` and resolves when every row shows it. */
export async function timeSearch(page, { input, rows, query }) {
  return page.evaluate(
    ({ input, rows, query }) =>
      new Promise((resolve) => {
        const box = document.querySelector(input);
        const setValue = Object.getOwnPropertyDescriptor(
          HTMLInputElement.prototype,
          'value',
        ).set;
        const matches = () => {
          const found = [...document.querySelectorAll(rows)];
          return (
            found.length > 0 &&
            found.every((row) => row.textContent.toLowerCase().includes(query))
          );
        };
        const start = performance.now();
        const check = () => {
          if (!matches()) return false;
          requestAnimationFrame(() =>
            requestAnimationFrame(() => resolve(performance.now() - start)),
          );
          return true;
        };
        const observer = new MutationObserver(() => {
          if (check()) observer.disconnect();
        });
        observer.observe(document.body, {
          childList: true,
          subtree: true,
          characterData: true,
        });
        setValue.call(box, query);
        box.dispatchEvent(new Event('input', { bubbles: true }));
        if (check()) observer.disconnect();
      }),
    { input, rows, query },
  );
}

/** The JS heap in use after a full garbage collection, in bytes. */
export async function heapAfterGc(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? sorted[middle]
    : (sorted[middle - 1] + sorted[middle]) / 2;
}
