import { paths } from '../src/config/paths';
import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { openUsers, rowOf, userRows } from './support/users';

test('lists the 250 seeded users, 50 to a page, with the range shown', async ({
  page,
}) => {
  await openUsers(page);

  await expect(userRows(page)).toHaveCount(50);
  await expect(page.getByText('1–50 of 250')).toBeVisible();

  await page.getByRole('button', { name: 'Go to next page' }).click();

  await expect(page.getByText('51–100 of 250')).toBeVisible();
  await expect(page).toHaveURL(/page=2/);
});

test('search narrows the list and the URL keeps it across a reload', async ({
  page,
}) => {
  await openUsers(page);

  await page.getByRole('searchbox', { name: 'Search users' }).fill('LOVELACE');

  await expect(page).toHaveURL(/q=LOVELACE/);
  const rows = userRows(page);
  await expect(rows.first()).toBeVisible();
  await expect(page.getByText(/of 250/)).toHaveCount(0);
  for (const text of await rows.allInnerTexts()) {
    expect(text.toLowerCase()).toContain('lovelace');
  }
  const count = await rows.count();

  await page.reload();

  await expect(
    page.getByRole('searchbox', { name: 'Search users' }),
  ).toHaveValue('LOVELACE');
  await expect(userRows(page)).toHaveCount(count);
});

test('search by email finds a plus-addressed user', async ({ page }) => {
  await openUsers(page);

  await page.getByRole('searchbox', { name: 'Search users' }).fill('+wandb@');

  await expect(userRows(page).first()).toContainText('+wandb@');
});

test('a search that matches nobody says so', async ({ page }) => {
  await openUsers(page);

  await page
    .getByRole('searchbox', { name: 'Search users' })
    .fill('no-such-person');

  await expect(page.getByText('No users match')).toBeVisible();
});

test('status and role filters narrow the list and live in the URL', async ({
  page,
}) => {
  await openUsers(page);

  await page.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'Deactivated' }).click();

  await expect(page).toHaveURL(/status=deactivated/);
  await expect(userRows(page).filter({ hasText: 'Active' })).toHaveCount(0);
  await expect(userRows(page).first()).toContainText('Deactivated');

  await page.goto(paths.users({ role: 'admin' }));

  await expect(userRows(page)).toHaveCount(3);
  await expect(page.getByText('1–3 of 3')).toBeVisible();
});

test('sorting by a column orders the rows and is kept in the URL', async ({
  page,
}) => {
  await openUsers(page);
  const firstLink = userRows(page).first().getByRole('link');
  const ascendingFirst = await firstLink.innerText();

  await page.getByRole('button', { name: 'Username' }).click();

  await expect(page).toHaveURL(/sort=userName&dir=desc/);
  await expect(
    page.getByRole('columnheader', { name: 'Username' }),
  ).toHaveAttribute('aria-sort', 'descending');
  await expect(firstLink).not.toHaveText(ascendingFirst);
  const names = await userRows(page).getByRole('link').allInnerTexts();
  const sorted = [...names].sort((a, b) =>
    b.localeCompare(a, 'en', { sensitivity: 'base', numeric: true }),
  );
  expect(names).toEqual(sorted);
});

test('opens a user from the list and goes back', async ({ page }) => {
  await openUsers(page);
  const link = userRows(page).first().getByRole('link');
  const userName = await link.innerText();

  await link.click();

  await expect(page).toHaveURL(/\/users\/[0-9a-f]+$/);
  await expect(page.getByText(userName, { exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'All users' }).click();
  await expect(rowOf(page, userName)).toBeVisible();
});

test('the users page has no axe violations', async ({ page }) => {
  await openUsers(page);

  await expectNoAxeViolations(page);
});

test('typing a search key by key keeps every key and ends in the URL', async ({
  page,
}) => {
  await openUsers(page);
  const box = page.getByRole('searchbox', { name: 'Search users' });

  await box.pressSequentially('lovelace', { delay: 40 });

  await expect(box).toHaveValue('lovelace');
  await expect(page).toHaveURL(/q=lovelace/);
  await expect(userRows(page).first()).toContainText(/lovelace/i);
});

test('Back after paging returns to the previous page', async ({ page }) => {
  await openUsers(page);
  await page.getByRole('button', { name: 'Go to next page' }).click();
  await expect(page.getByText('51–100 of 250')).toBeVisible();
  await page.getByRole('button', { name: 'Go to next page' }).click();
  await expect(page.getByText('101–150 of 250')).toBeVisible();

  await page.goBack();

  await expect(page.getByText('51–100 of 250')).toBeVisible();
});

test('an unknown address says the page is not found', async ({ page }) => {
  await page.goto('/no-such-screen');

  await expect(
    page.getByRole('heading', { level: 1, name: 'Page not found' }),
  ).toBeVisible();
  await expect(page.getByRole('main')).toHaveCount(1);
});

test('the list says how old it is and reads the server again on Refresh', async ({
  page,
}) => {
  await openUsers(page);
  await expect(page.getByText('Updated just now')).toBeVisible();

  await page.getByRole('button', { name: 'Refresh' }).click();

  await expect(page.getByText('Updated just now')).toBeVisible();
  await expect(page.getByText('1–50 of 250')).toBeVisible();
});
