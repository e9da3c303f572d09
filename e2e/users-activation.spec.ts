import type { Page } from '@playwright/test';

import { paths } from '../src/config/paths';
import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { openUsers, rowOf, userRows } from './support/users';

async function firstActiveMember(page: Page) {
  await openUsers(page, paths.users({ status: 'active', role: 'member' }));
  return userRows(page).first().getByRole('link').innerText();
}

test('deactivates then re-enables a user, and the status survives a reload', async ({
  page,
}) => {
  const userName = await firstActiveMember(page);
  await page.goto(paths.users({ q: userName }));
  const row = rowOf(page, userName);
  await expect(row).toContainText('Active');

  await row.getByRole('button', { name: `Deactivate ${userName}` }).click();
  const dialog = page.getByRole('dialog', { name: `Deactivate ${userName}?` });
  await expect(dialog).toContainText('will no longer be able to sign in');
  await dialog.getByRole('button', { name: 'Deactivate' }).click();

  await expect(
    page.getByRole('status').filter({ hasText: `Deactivated ${userName}.` }),
  ).toBeVisible();
  await expect(row).toContainText('Deactivated');
  await page.reload();
  await expect(rowOf(page, userName)).toContainText('Deactivated');

  await rowOf(page, userName)
    .getByRole('button', { name: `Re-enable ${userName}` })
    .click();
  await page
    .getByRole('dialog', { name: `Re-enable ${userName}?` })
    .getByRole('button', { name: 'Re-enable' })
    .click();

  await expect(
    page.getByRole('status').filter({ hasText: `Re-enabled ${userName}.` }),
  ).toBeVisible();
  await page.reload();
  await expect(rowOf(page, userName)).toContainText('Active');
  await expect(
    rowOf(page, userName).getByRole('button', {
      name: `Deactivate ${userName}`,
    }),
  ).toBeVisible();
});

test('cancelling the confirmation changes nothing', async ({ page }) => {
  const userName = await firstActiveMember(page);

  await rowOf(page, userName)
    .getByRole('button', { name: `Deactivate ${userName}` })
    .click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: 'Cancel' })
    .click();

  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(rowOf(page, userName)).toContainText('Active');
});

test('refuses to deactivate the last active org admin and says why', async ({
  page,
}) => {
  await openUsers(page, paths.users({ role: 'admin', status: 'active' }));
  const admins = await userRows(page).getByRole('link').allInnerTexts();
  expect(admins).toHaveLength(3);

  for (const admin of admins.slice(0, 2)) {
    await rowOf(page, admin)
      .getByRole('button', { name: `Deactivate ${admin}` })
      .click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: 'Deactivate' })
      .click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  }
  const last = admins[2] ?? '';
  await page.goto(paths.users({ q: last }));
  await rowOf(page, last)
    .getByRole('button', { name: `Deactivate ${last}` })
    .click();

  const dialog = page.getByRole('dialog', { name: `Deactivate ${last}?` });
  await expect(dialog).toContainText('without an active admin');
  await expect(
    dialog.getByRole('button', { name: 'Deactivate' }),
  ).toBeDisabled();
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(rowOf(page, last)).toContainText('Active');
});

test('a server error shows its detail and leaves the row as it was', async ({
  page,
  demo,
  consoleGuard,
}) => {
  consoleGuard.expect(/500/);
  const userName = await firstActiveMember(page);
  await demo.injectFault({
    method: 'PATCH',
    status: 500,
    detail: 'The user directory is temporarily read-only.',
    times: 1,
  });

  await rowOf(page, userName)
    .getByRole('button', { name: `Deactivate ${userName}` })
    .click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: 'Deactivate' })
    .click();

  await expect(page.getByRole('alert')).toContainText(
    'The user directory is temporarily read-only.',
  );
  await expect(rowOf(page, userName)).toContainText('Active');
  await page.reload();
  await expect(rowOf(page, userName)).toContainText('Active');
});

test('deactivates from the user page, which has no axe violations', async ({
  page,
}) => {
  const userName = await firstActiveMember(page);
  await rowOf(page, userName).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Deactivate', exact: true }).click();
  await expectNoAxeViolations(page);
  await page
    .getByRole('dialog')
    .getByRole('button', { name: 'Deactivate' })
    .click();

  await expect(
    page.getByRole('button', { name: 'Re-enable', exact: true }),
  ).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole('button', { name: 'Re-enable', exact: true }),
  ).toBeVisible();
});

test('an unknown user id shows a clear not-found message', async ({
  page,
  consoleGuard,
}) => {
  consoleGuard.expect(/404/);
  await page.goto(paths.user('does-not-exist'));

  await expect(page.getByRole('alert')).toContainText('No such user.');
});
