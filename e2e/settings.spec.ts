import { paths } from '../src/config/paths';
import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { openUsers, rowOf, userRows } from './support/users';

test('Reset demo data brings back the seed organization', async ({ page }) => {
  await openUsers(page, paths.users({ status: 'active', role: 'member' }));
  const userName = await userRows(page).first().getByRole('link').innerText();
  await rowOf(page, userName)
    .getByRole('button', { name: `Deactivate ${userName}` })
    .click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: 'Deactivate' })
    .click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings' })
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Settings' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Reset demo data' }).click();
  await page
    .getByRole('dialog', { name: 'Reset demo data?' })
    .getByRole('button', { name: 'Reset' })
    .click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Demo data reset' }),
  ).toBeVisible();

  await page.goto(paths.users({ q: userName }));
  await expect(rowOf(page, userName)).toContainText('Active');
});
