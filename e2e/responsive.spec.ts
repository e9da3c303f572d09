import type { Page } from '@playwright/test';

import { paths } from '../src/config/paths';
import { expect, test } from './support/fixtures';
import { openRole, openRoles } from './support/roles';
import { openTeams, rowsOf } from './support/teams';
import { firstUserOf, openUser, openUsers } from './support/users';

/** How wide the page's own content is, beside the window's width. */
async function widths(page: Page) {
  return page.evaluate(() => ({
    content: document.documentElement.scrollWidth,
    window: window.innerWidth,
  }));
}

/** The page scrolls only up and down; a wide table scrolls in its own box. */
async function expectNoSidewaysScroll(page: Page) {
  const { content, window } = await widths(page);
  expect(content, 'the page is wider than the window').toBeLessThanOrEqual(
    window,
  );
}

/** Every screen of the console, opened and loaded. */
const screens: [string, (page: Page) => Promise<void>][] = [
  ['users list', (page) => openUsers(page)],
  [
    'user page',
    async (page) =>
      openUser(
        page,
        await firstUserOf(page, paths.users({ status: 'active' })),
      ),
  ],
  ['teams list', (page) => openTeams(page)],
  [
    'team page',
    async (page) => {
      await openTeams(page);
      await rowsOf(page, 'Teams').first().getByRole('link').first().click();
      await expect(rowsOf(page, 'Members').first()).toBeVisible();
    },
  ],
  ['roles list', (page) => openRoles(page)],
  [
    'new role',
    async (page) => {
      await page.goto(paths.newRole());
      await expect(
        page.getByRole('checkbox', { name: 'run:stop', exact: true }),
      ).toBeVisible();
    },
  ],
  ['role page', async (page) => void (await openRole(page, 'Run operator'))],
  [
    'settings',
    async (page) => {
      await page.goto(paths.settings());
      await expect(
        page.getByRole('button', { name: 'Reset demo data' }),
      ).toBeVisible();
    },
  ],
  [
    'page not found',
    async (page) => {
      await page.goto('/no-such-screen');
      await expect(
        page.getByRole('heading', { level: 1, name: 'Page not found' }),
      ).toBeVisible();
    },
  ],
];

for (const width of [640, 760]) {
  test.describe(`at ${width}×800, half a laptop's screen`, () => {
    test.use({ viewport: { width, height: 800 } });

    for (const [name, open] of screens) {
      test(`${name}: no sideways scrolling`, async ({ page }) => {
        await open(page);
        await expectNoSidewaysScroll(page);
      });
    }

    test('the navigation shows every area and reaches it', async ({ page }) => {
      await openUsers(page);
      const nav = page.getByRole('navigation', { name: 'Main' });

      for (const area of ['Users', 'Teams', 'Roles', 'Settings']) {
        await expect(nav.getByRole('link', { name: area })).toBeInViewport({
          ratio: 1,
        });
      }
      await nav.getByRole('link', { name: 'Roles' }).click();
      await expect(
        page.getByRole('heading', { level: 1, name: 'Roles' }),
      ).toBeVisible();
      await expectNoSidewaysScroll(page);
    });

    test('dialogs fit the window', async ({ page }) => {
      // Three screens and three dialogs.
      test.slow();
      await openUsers(page);
      await page.getByRole('button', { name: 'Add user' }).click();
      await expectDialogFits(page, 'Add user');

      await openTeams(page);
      await page.getByRole('button', { name: 'Create team' }).click();
      await expectDialogFits(page, 'Create team');

      await openRole(page, 'Project maintainer');
      await page.getByRole('button', { name: 'Delete role' }).click();
      const dialog = await expectDialogFits(page, 'Delete Project maintainer?');
      await expect(
        dialog.getByRole('table', { name: 'Who falls back' }),
      ).toBeVisible();
      await expectNoSidewaysScroll(page);
    });
  });
}

/**
 * The dialog named `name` lies wholly inside the window and does not
 * scroll sideways itself.
 */
async function expectDialogFits(page: Page, name: string) {
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeInViewport({ ratio: 1 });
  const { content, box } = await dialog.evaluate((element) => ({
    content: element.scrollWidth,
    box: element.clientWidth,
  }));
  expect(content, 'the dialog is wider than its box').toBeLessThanOrEqual(box);
  return dialog;
}
