import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { useIdleAfter } from './use-idle-after';

describe('useIdleAfter', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('stays false until ready, then turns true after a quiet moment, and stays', () => {
    const { result, rerender } = renderHook(
      ({ ready }) => useIdleAfter(ready),
      { initialProps: { ready: false } },
    );
    act(() => vi.advanceTimersByTime(5000));
    expect(result.current).toBe(false);

    rerender({ ready: true });
    expect(result.current).toBe(false);
    act(() => vi.advanceTimersByTime(5000));
    expect(result.current).toBe(true);

    rerender({ ready: false });
    expect(result.current).toBe(true);
  });
});
