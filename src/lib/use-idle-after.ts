import { useEffect, useState } from 'react';

/**
 * True once the browser has had a quiet moment after `ready` turned true:
 * for work that should follow a screen's first paint, not compete with it.
 */
export function useIdleAfter(ready: boolean): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (!ready || idle) return;
    const done = () => setIdle(true);
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(done, { timeout: 1000 });
      return () => window.cancelIdleCallback(handle);
    }
    const handle = window.setTimeout(done, 200);
    return () => window.clearTimeout(handle);
  }, [ready, idle]);
  return idle;
}
