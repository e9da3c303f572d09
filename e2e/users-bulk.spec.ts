import type { Page } from '@playwright/test';

import { paths } from '../src/config/paths';
import { SEED_FACTS } from '../src/mocks/seed';
import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { openUsers, rowOf, userRows } from './support/users';

/** Ticks `Select <user>` for each user on the page. */
async function select(page: Page, userNames: readonly string[]) {
  for (const userName of userNames) {
    await page.getByRole('checkbox', { name: `Select ${userName}` }).check();
  }
  await expect(page.getByText(`${userNames.length} selected`)).toBeVisible();
}

/** How many users match the view, from the paging control. */
async function matchingCount(page: Page): Promise<number> {
  const range = await page.getByText(/^1–\d+ of \d+$/).innerText();
  return Number(range.split(' of ')[1]);
}

async function chooseFilter(page: Page, filter: string, option: string) {
  await page.getByRole('combobox', { name: filter }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('bulk-deactivates 30 users; two fail with the detail, Retry failed finishes them, Undo re-enables them', async ({
  page,
  demo,
  consoleGuard,
}) => {
  // Thirty selections and sixty row checks take a while on a busy machine.
  test.slow();
  consoleGuard.expect(/500/);
  await openUsers(page, paths.users({ status: 'active', role: 'member' }));
  const names = (await userRows(page).getByRole('link').allInnerTexts()).slice(
    0,
    30,
  );
  await select(page, names);
  await demo.injectFault({
    method: 'PATCH',
    status: 500,
    detail: 'The user directory is temporarily read-only.',
    times: 2,
  });

  await page.getByRole('button', { name: 'Deactivate selected' }).click();
  const dialog = page.getByRole('dialog', { name: 'Deactivate 30 users?' });
  await expect(dialog).toContainText(
    '30 users will no longer be able to sign in',
  );
  await dialog.getByRole('button', { name: 'Deactivate' }).click();

  const results = page.getByRole('region', { name: 'Deactivate: 30 users' });
  // Thirty writes, four at a time: give the run time on a busy machine.
  await expect(results.getByRole('alert')).toContainText(
    '28 done, 2 failed, 0 skipped',
    { timeout: 60_000 },
  );
  await expect(results.getByRole('alert')).toContainText(
    'The user directory is temporarily read-only.',
  );
  await expect(
    results.getByText('Failed: The user directory is temporarily read-only.'),
  ).toHaveCount(2);
  await expect(
    results.getByRole('progressbar', { name: 'Bulk action progress' }),
  ).toHaveAttribute('aria-valuenow', '100');

  await results.getByRole('button', { name: 'Retry failed' }).click();

  await expect(results.getByRole('status')).toContainText(
    '30 done, 0 failed, 0 skipped',
  );
  await chooseFilter(page, 'Status', 'All');
  for (const name of names) {
    await expect(rowOf(page, name)).toContainText('Deactivated');
  }

  await results.getByRole('button', { name: 'Undo' }).click();

  const undo = page.getByRole('region', { name: 'Undo deactivate: 30 users' });
  await expect(undo.getByRole('status')).toContainText('30 done, 0 failed', {
    timeout: 60_000,
  });
  for (const name of names) {
    await expect(rowOf(page, name)).toContainText('Active');
  }
  await page.reload();
  await expect(userRows(page).first()).toBeVisible();
  for (const name of names) {
    await expect(rowOf(page, name)).toContainText('Active');
  }
});

test('select all matching reaches every page of the view, and clears', async ({
  page,
}) => {
  await openUsers(page, paths.users({ status: 'active' }));
  const active = await matchingCount(page);
  expect(active).toBeGreaterThan(100);

  await page
    .getByRole('checkbox', { name: 'Select all users on this page' })
    .check();
  await expect(page.getByText('50 selected')).toBeVisible();
  await page
    .getByRole('button', { name: `Select all ${active} matching` })
    .click();

  await expect(page.getByText(`${active} selected`)).toBeVisible();
  await page.getByRole('button', { name: 'Go to next page' }).click();
  await expect(page.getByText(`51–100 of ${active}`)).toBeVisible();
  await expect(
    page.getByRole('checkbox', { name: 'Select all users on this page' }),
  ).toBeChecked();
  const second = await userRows(page).first().getByRole('link').innerText();
  await page.getByRole('checkbox', { name: `Select ${second}` }).uncheck();
  await expect(page.getByText(`${active - 1} selected`)).toBeVisible();

  await page.getByRole('button', { name: 'Clear selection' }).click();
  await expect(page.getByText(/\d+ selected/)).toHaveCount(0);
  await expect(
    page.getByRole('button', { name: 'Deactivate selected' }),
  ).toHaveCount(0);
});

test('changes the role of selected users, explains viewer, and undoes it', async ({
  page,
}) => {
  await openUsers(page, paths.users({ status: 'active', role: 'member' }));
  const names = (await userRows(page).getByRole('link').allInnerTexts()).slice(
    0,
    3,
  );
  await select(page, names);

  await page.getByRole('button', { name: 'Change role of selected' }).click();
  const dialog = page.getByRole('dialog', {
    name: 'Change the role of 3 users?',
  });
  await chooseFilter(page, 'New role', 'Viewer (deprecated)');
  await expect(dialog).toContainText(
    'a member with a viewer Models seat, the viewer Weave role, and the viewer role in every team',
  );
  await chooseFilter(page, 'New role', 'Admin');
  await dialog.getByRole('button', { name: 'Change role' }).click();

  const results = page.getByRole('region', {
    name: 'Change role to admin: 3 users',
  });
  await expect(results.getByRole('status')).toContainText('3 done');
  await chooseFilter(page, 'Role', 'All');
  for (const name of names) {
    await expect(rowOf(page, name)).toContainText('Admin');
  }

  await results.getByRole('button', { name: 'Undo' }).click();

  await expect(
    page
      .getByRole('region', { name: 'Undo change role to admin: 3 users' })
      .getByRole('status'),
  ).toContainText('3 done');
  await page.goto(paths.users({ role: 'admin' }));
  await expect(userRows(page)).toHaveCount(SEED_FACTS.admins);
  for (const name of names) await expect(rowOf(page, name)).toHaveCount(0);
});

test('a bulk deactivate of every admin keeps one active admin and says why', async ({
  page,
}) => {
  const admins = SEED_FACTS.admins;
  await openUsers(page, paths.users({ role: 'admin' }));
  await expect(userRows(page)).toHaveCount(admins);
  await page
    .getByRole('checkbox', { name: 'Select all users on this page' })
    .check();

  await page.getByRole('button', { name: 'Deactivate selected' }).click();
  const dialog = page.getByRole('dialog', {
    name: `Deactivate ${admins} users?`,
  });
  await expect(dialog).toContainText(
    '1 user will be skipped: This would leave the organization without an active admin',
  );
  await expect(dialog).toContainText(
    `${admins - 1} users will no longer be able to sign in`,
  );
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Deactivate' }).click();

  const results = page.getByRole('region', {
    name: `Deactivate: ${admins} users`,
  });
  await expect(results.getByRole('status')).toContainText(
    `${admins - 1} done, 0 failed, 1 skipped`,
  );
  await expect(results).toContainText('Skipped: This would leave');
  await expectNoAxeViolations(page);
  await page.goto(paths.users({ role: 'admin', status: 'active' }));
  await expect(userRows(page)).toHaveCount(1);
});

test('on Multi-tenant Cloud, bulk deactivation removes users, and re-enable and undo say why they cannot', async ({
  page,
}) => {
  await page.goto(paths.settings());
  await page.getByRole('combobox', { name: 'Deployment' }).click();
  await page.getByRole('option', { name: 'Multi-tenant Cloud' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'settings saved' }),
  ).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Users' })
    .click();
  await chooseFilter(page, 'Role', 'Member');
  const names = (await userRows(page).getByRole('link').allInnerTexts()).slice(
    0,
    2,
  );
  await select(page, names);

  await expect(
    page.getByRole('button', { name: 'Re-enable selected' }),
  ).toBeDisabled();
  await expect(
    page.getByText('Re-enabling a user is not possible on Multi-tenant Cloud.'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Deactivate selected' }).click();
  const dialog = page.getByRole('dialog', { name: 'Deactivate 2 users?' });
  await expect(dialog).toContainText('removes users from the organization');
  await dialog.getByRole('button', { name: 'Deactivate' }).click();

  const results = page.getByRole('region', { name: 'Deactivate: 2 users' });
  await expect(results.getByRole('status')).toContainText('2 done');
  await expect(
    results.getByText('Done: removed from the organization'),
  ).toHaveCount(2);
  await expect(results.getByRole('button', { name: 'Undo' })).toBeDisabled();
  await expect(results).toContainText('cannot be undone');
  for (const name of names) await expect(rowOf(page, name)).toHaveCount(0);
});

test('the bulk bar shows in the frame of the first tick, so the rows do not move under the next click', async ({
  page,
}) => {
  await openUsers(page);
  // The bar's code loads once the list is shown.
  await page.waitForLoadState('networkidle');

  const shownWithTheTick = await page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const tick = document.querySelector<HTMLInputElement>(
          'tbody input[type="checkbox"]',
        );
        tick?.click();
        requestAnimationFrame(() =>
          resolve(
            document.querySelector('[aria-label="Selected users"]') !== null,
          ),
        );
      }),
  );

  expect(shownWithTheTick).toBe(true);
  await expect(page.getByText('1 selected')).toBeVisible();
});
