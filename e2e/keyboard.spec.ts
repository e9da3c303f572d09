import type { Locator, Page } from '@playwright/test';

import { expect, test } from './support/fixtures';
import { openRole } from './support/roles';
import { openNewTeam, seedPerson } from './support/teams';
import { openUsers } from './support/users';

// Dozens of key presses, each waited on, on a machine that may be busy.
test.slow();

/**
 * Opens a dialog from `control` the way a keyboard user does (focus, then
 * Enter), checks that Tab and Shift+Tab stay inside it, closes it with
 * Escape and expects focus back on `control`.
 */
async function expectKeyboardDialog(
  page: Page,
  control: Locator,
  name: string,
): Promise<void> {
  await control.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  await expectFocusInside(dialog);

  // One press more than the dialog has stops, so focus has to wrap around.
  const stops = await dialog.evaluate(
    (box) =>
      box.querySelectorAll(
        'a[href], button:not([disabled]), input:not([disabled]), [tabindex="0"]',
      ).length,
  );
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let press = 0; press <= stops; press += 1) {
      await page.keyboard.press(key);
      await expectFocusInside(dialog);
    }
  }

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(control).toBeFocused();
}

async function expectFocusInside(dialog: Locator): Promise<void> {
  await expect
    .poll(() => dialog.evaluate((box) => box.contains(document.activeElement)))
    .toBe(true);
}

test('skip link leads past the navigation to the users search', async ({
  page,
}) => {
  await openUsers(page);

  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');

  const search = page.getByRole('searchbox', { name: 'Search users' });
  const nav = page.getByRole('navigation', { name: 'Main' });
  // From the start of the content: the page's own buttons, then the search.
  for (let press = 0; press < 4; press += 1) {
    await page.keyboard.press('Tab');
    await expect(nav.locator(':focus')).toHaveCount(0);
    if (await search.evaluate((box) => box === document.activeElement)) break;
  }
  await expect(search).toBeFocused();
  await page.keyboard.type('lovelace');
  await expect(page).toHaveURL(/q=lovelace/);
});

test('users: Add user traps focus, closes with Escape, returns focus', async ({
  page,
}) => {
  await openUsers(page);
  await expectKeyboardDialog(
    page,
    page.getByRole('button', { name: 'Add user' }),
    'Add user',
  );
});

test('teams: Add members traps focus, closes with Escape, returns focus', async ({
  page,
}) => {
  await openNewTeam(page, 'keyboard-crew', [seedPerson(50)]);
  await expectKeyboardDialog(
    page,
    page.getByRole('button', { name: 'Add members' }),
    'Add members',
  );
});

test('roles: Delete role traps focus, closes with Escape, returns focus', async ({
  page,
}) => {
  await openRole(page, 'Sweep runner');
  await expectKeyboardDialog(
    page,
    page.getByRole('button', { name: 'Delete role' }),
    'Delete Sweep runner?',
  );
});
