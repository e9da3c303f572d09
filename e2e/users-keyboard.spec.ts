import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { openUsers, userRows } from './support/users';

test('the users list works from the keyboard: / j k x Enter and ? for help', async ({
  page,
}) => {
  await openUsers(page);
  const rows = userRows(page);
  const second = await rows.nth(1).getByRole('link').innerText();

  await page.keyboard.press('/');
  await expect(
    page.getByRole('searchbox', { name: 'Search users' }),
  ).toBeFocused();
  await page.keyboard.press('Escape');
  await page.getByRole('heading', { level: 1, name: 'Users' }).click();

  await page.keyboard.press('j');
  await expect(rows.nth(0).getByRole('link')).toBeFocused();
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('k');
  await expect(rows.nth(1).getByRole('link')).toBeFocused();

  await page.keyboard.press('x');
  await expect(
    page.getByRole('checkbox', { name: `Select ${second}` }),
  ).toBeChecked();

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toContainText('Next user');
  await expectNoAxeViolations(page);
  await help.getByRole('button', { name: 'Close' }).click();

  await rows.nth(1).getByRole('link').focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 2, name: 'Profile' }),
  ).toBeVisible();
  await expect(page.getByText(second, { exact: true })).toBeVisible();
});

test('shortcuts leave typing in the search box alone', async ({ page }) => {
  await openUsers(page);

  await page.getByRole('searchbox', { name: 'Search users' }).fill('jxk');

  await expect(
    page.getByRole('searchbox', { name: 'Search users' }),
  ).toHaveValue('jxk');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('Escape in the search box clears the search, and a second Escape leaves the box', async ({
  page,
}) => {
  await openUsers(page);
  const search = page.getByRole('searchbox', { name: 'Search users' });
  const rows = userRows(page);

  await page.keyboard.press('/');
  await page.keyboard.type('lovelace');
  await expect(page).toHaveURL(/q=lovelace/);
  await expect(rows.first()).toContainText(/lovelace/i);

  await page.keyboard.press('Escape');
  await expect(search).toHaveValue('');
  await expect(search).toBeFocused();
  await expect(page).not.toHaveURL(/q=/);

  await page.keyboard.press('Escape');
  await expect(search).not.toBeFocused();
  await page.keyboard.press('j');
  await expect(rows.nth(0).getByRole('link')).toBeFocused();
});
