import { useState } from 'react';

/**
 * True from the first time `open` is true on. A dialog loaded on demand
 * mounts then, not with its screen, and stays mounted afterwards so that it
 * still animates closed and opens again without a wait.
 */
export function useOpenedOnce(open: boolean): boolean {
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  return opened || open;
}
