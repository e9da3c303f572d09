import { expect, type Locator, type Page } from '@playwright/test';

import { expectNoAxeViolations, test } from './fixtures';

export type Scheme = 'light' | 'dark';

/**
 * Switches the console's colour theme through the system preference (the
 * console follows it by default) and waits until the page has taken it.
 */
export async function useScheme(page: Page, scheme: Scheme): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme });
  await expect(page.locator('html')).toHaveClass(new RegExp(`\\b${scheme}\\b`));
}

/** Runs axe on the page as it is, in the light theme and then the dark. */
export async function expectAccessibleInBothThemes(page: Page): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await useScheme(page, scheme);
    await test.step(`axe in the ${scheme} theme`, () =>
      expectNoAxeViolations(page));
  }
  await useScheme(page, 'light');
}

/**
 * The dialog named `name`, once it has finished fading in, so that axe
 * measures its colours as the admin sees them.
 */
export async function openedDialog(page: Page, name: string | RegExp) {
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('xpath=..')).toHaveCSS('opacity', '1');
  return dialog;
}

/** Checks the open dialog in both themes, then closes it with `Cancel`. */
export async function checkDialogAndCancel(
  page: Page,
  dialog: Locator,
  close = 'Cancel',
): Promise<void> {
  await expectAccessibleInBothThemes(page);
  await dialog.getByRole('button', { name: close, exact: true }).click();
  await expect(dialog).toBeHidden();
}
