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

/** Opens the page of `userName` from a search of the list. */
export async function openUser(page: Page, userName: string): Promise<void> {
  await page.goto(`/users?q=${encodeURIComponent(userName)}`);
  await rowOf(page, userName).getByRole('link').click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Profile' }),
  ).toBeVisible();
}

/** The first user of a list view, by userName. */
export async function firstUserOf(page: Page, path: string): Promise<string> {
  await openUsers(page, path);
  return userRows(page).first().getByRole('link').innerText();
}

/**
 * Changes a user on the server behind the console's back, as another admin
 * would: the request goes through the demo server in the page.
 */
export async function changeBehindTheConsole(
  page: Page,
  userId: string,
  operations: unknown[],
): Promise<void> {
  const status = await page.evaluate(
    async ({ id, ops }) => {
      const response = await fetch(`/scim/Users/${id}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/scim+json' },
        body: JSON.stringify({
          schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
          Operations: ops,
        }),
      });
      return response.status;
    },
    { id: userId, ops: operations },
  );
  expect(status).toBe(200);
}

/** The id in the URL of a user page. */
export function userIdFromUrl(page: Page): string {
  return new URL(page.url()).pathname.split('/').pop() ?? '';
}
