import { expect, type Page } from '@playwright/test';

/** The rows of the users table, without its header. */
export function userRows(page: Page) {
  return page.getByRole('table', { name: 'Users' }).locator('tbody tr');
}

/** Opens the users list and waits for its first page of rows. */
export async function openUsers(page: Page, path = '/users'): Promise<void> {
  await page.goto(path);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Users' }),
  ).toBeVisible();
  await expect(userRows(page).first()).toBeVisible();
}

/** The row that shows `userName`. */
export function rowOf(page: Page, userName: string) {
  return userRows(page).filter({
    has: page.getByRole('link', { name: userName, exact: true }),
  });
}
