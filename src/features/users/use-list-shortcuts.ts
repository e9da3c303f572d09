import { type RefObject, useEffect, useState } from 'react';

import type { Shortcut } from '@/components/shortcuts-dialog';

export const LIST_SHORTCUTS: readonly Shortcut[] = [
  { keys: '/', does: 'Search users' },
  { keys: 'Escape', does: 'Clear the search, then leave the search box' },
  { keys: 'j', does: 'Next user' },
  { keys: 'k', does: 'Previous user' },
  { keys: 'x', does: 'Select or unselect the user' },
  { keys: 'Enter', does: 'Open the user' },
  { keys: '?', does: 'Show these shortcuts' },
];

function typingInto(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable ||
      ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/**
 * Keys for the users list. Moving focuses the row's link, so that Enter
 * opens it as any link would and assistive technology follows along.
 */
export function useListShortcuts(table: RefObject<HTMLElement | null>) {
  const [helpOpen, setHelpOpen] = useState(false);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (
        event.defaultPrevented ||
        event.ctrlKey ||
        event.metaKey ||
        event.altKey
      ) {
        return;
      }
      // Shortcuts never steal keys from a field or an open dialog.
      if (
        typingInto(event.target) ||
        document.querySelector('[role="dialog"]')
      ) {
        return;
      }
      const rows = [...(table.current?.querySelectorAll('tbody tr') ?? [])];
      const current = rows.findIndex((row) =>
        row.contains(document.activeElement),
      );

      const focusRow = (index: number) => {
        const row = rows[Math.max(0, Math.min(rows.length - 1, index))];
        row?.querySelector<HTMLElement>('a')?.focus();
      };

      switch (event.key) {
        case '/':
          document
            .querySelector<HTMLInputElement>('input[type="search"]')
            ?.focus();
          break;
        case 'j':
          focusRow(current + 1);
          break;
        case 'k':
          focusRow(current < 0 ? 0 : current - 1);
          break;
        case 'x':
          rows[current]
            ?.querySelector<HTMLInputElement>('input[type="checkbox"]')
            ?.click();
          break;
        case '?':
          setHelpOpen(true);
          break;
        default:
          return;
      }
      event.preventDefault();
    }

    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [table]);

  return { helpOpen, closeHelp: () => setHelpOpen(false) };
}
