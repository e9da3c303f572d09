import type { Locator, Page } from '@playwright/test';

import { paths } from '../src/config/paths';
import { expect, test } from './support/fixtures';
import { openRoles, roleRow } from './support/roles';
import { openTeams, rowsOf } from './support/teams';
import {
  changeBehindTheConsole,
  firstUserOf,
  openUsers,
  rowOf,
} from './support/users';

// The console's clock, so that a list can grow old without waiting.
test.beforeEach(async ({ page }) => {
  await page.clock.install();
});

/** Another admin's change is made; then the list grows older than 30 s. */
async function letTheListGrowOld(page: Page, freshness: Locator) {
  await expect(freshness).toHaveText('Updated just now');
  await page.clock.fastForward('01:01');
  await expect(freshness).toHaveText('Updated 1 minute ago');
}

/**
 * The admin leaves the tab and comes back to it: the browser says so with
 * `visibilitychange`, which is what TanStack Query listens to.
 */
async function comeBackToTheWindow(page: Page) {
  await page.evaluate(() => {
    for (const state of ['hidden', 'visible']) {
      Object.defineProperty(document, 'visibilityState', {
        configurable: true,
        get: () => state,
      });
      document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
    }
  });
}

const freshnessOf = (page: Page) => page.getByText(/^Updated /);

test('the users list says how old it is and refreshes when the window regains focus', async ({
  page,
}) => {
  const userName = await firstUserOf(
    page,
    paths.users({ status: 'active', role: 'member' }),
  );
  await openUsers(page, paths.users({ q: userName }));
  const row = rowOf(page, userName);
  await expect(row).toContainText('Active');
  const id = idFromLink(await row.getByRole('link').getAttribute('href'));

  await changeBehindTheConsole(page, id, [
    { op: 'replace', path: 'active', value: false },
  ]);
  await letTheListGrowOld(page, freshnessOf(page));
  await expect(row).toContainText('Active');

  await comeBackToTheWindow(page);
  await expect(row).toContainText('Deactivated');
  await expect(freshnessOf(page)).toHaveText('Updated just now');
});

test('the teams list says how old it is and refreshes when the window regains focus', async ({
  page,
}) => {
  await openTeams(page);
  const search = page.getByRole('searchbox', { name: 'Search teams' });
  await search.fill('focus-crew');
  await expect(page.getByText('No teams match')).toBeVisible();

  const status = await page.evaluate(async () => {
    const response = await fetch('/scim/Groups', {
      method: 'POST',
      headers: { 'Content-Type': 'application/scim+json' },
      body: JSON.stringify({ displayName: 'focus-crew', members: [] }),
    });
    return response.status;
  });
  expect(status).toBe(201);
  await letTheListGrowOld(page, freshnessOf(page));
  await expect(page.getByText('No teams match')).toBeVisible();

  await comeBackToTheWindow(page);
  await expect(
    rowsOf(page, 'Teams').getByRole('link', { name: 'focus-crew' }),
  ).toBeVisible();
  await expect(freshnessOf(page)).toHaveText('Updated just now');
});

test('the roles list says how old it is and refreshes when the window regains focus', async ({
  page,
}) => {
  await openRoles(page);
  const added = roleRow(page, 'Sweep runner').getByRole('cell').nth(2);
  await expect(added).toHaveText(/^\d+$/);
  const before = Number(await added.innerText());
  const id = idFromLink(
    await roleRow(page, 'Sweep runner').getByRole('link').getAttribute('href'),
  );

  const status = await page.evaluate(async (roleId) => {
    const response = await fetch(`/scim/Roles/${roleId}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/scim+json' },
      body: JSON.stringify({
        schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
        Operations: [
          { op: 'add', path: 'permissions', value: [{ name: 'run:delete' }] },
        ],
      }),
    });
    return response.status;
  }, id);
  expect(status).toBe(200);
  await letTheListGrowOld(page, freshnessOf(page));
  await expect(added).toHaveText(String(before));

  await comeBackToTheWindow(page);
  await expect(added).toHaveText(String(before + 1));
  await expect(freshnessOf(page)).toHaveText('Updated just now');
});

/** The id at the end of a link to a user's or a role's page. */
function idFromLink(href: string | null): string {
  return decodeURIComponent(href?.split('/').pop() ?? '');
}
