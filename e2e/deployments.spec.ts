import type { Page } from '@playwright/test';

import { paths } from '../src/config/paths';
import { expect, test } from './support/fixtures';
import { firstUserOf, rowOf } from './support/users';

/**
 * Finds a user from the list inside the page, without a reload: the
 * settings just chosen apply to this page's demo server.
 */
async function searchInPage(page: Page, userName: string) {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Users' })
    .click();
  await page.getByRole('searchbox', { name: 'Search users' }).fill(userName);
  await expect(rowOf(page, userName)).toBeVisible();
}

async function openInPage(page: Page, userName: string) {
  await searchInPage(page, userName);
  await rowOf(page, userName).getByRole('link').click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Profile' }),
  ).toBeVisible();
}

async function choose(page: Page, setting: string, option: string) {
  await page.goto(paths.settings());
  await page.getByRole('combobox', { name: setting }).click();
  await page.getByRole('option', { name: option }).click();
  await expect(page.getByRole('combobox', { name: setting })).toHaveText(
    option,
  );
}

test('Multi-tenant Cloud: name, email and seats are locked with the reason', async ({
  page,
}) => {
  const userName = await firstUserOf(
    page,
    paths.users({ status: 'active', role: 'member' }),
  );
  await choose(page, 'Deployment', 'Multi-tenant Cloud');

  await openInPage(page, userName);

  await expect(
    page.getByRole('textbox', { name: 'Display name' }),
  ).toBeDisabled();
  await expect(page.getByRole('textbox', { name: 'Email' })).toBeDisabled();
  await expect(
    page.getByText('Changing the email is not possible on Multi-tenant Cloud.'),
  ).toBeVisible();
  await expect(
    page.getByRole('combobox', { name: 'Models seat' }),
  ).toHaveAttribute('aria-disabled', 'true');
});

test('Multi-tenant Cloud: deactivating removes the user, after saying so', async ({
  page,
}) => {
  const userName = await firstUserOf(
    page,
    paths.users({ status: 'active', role: 'member' }),
  );
  await choose(page, 'Deployment', 'Multi-tenant Cloud');
  await searchInPage(page, userName);

  await rowOf(page, userName)
    .getByRole('button', { name: `Deactivate ${userName}` })
    .click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('removes');
  await expect(dialog).toContainText('cannot be re-enabled');
  await dialog.getByRole('button', { name: 'Deactivate' }).click();

  await expect(page.getByText('No users match')).toBeVisible();
  await page.reload();
  await expect(page.getByText('No users match')).toBeVisible();
});

test('Multi-tenant Cloud: re-enabling is refused with the reason', async ({
  page,
}) => {
  const userName = await firstUserOf(
    page,
    paths.users({ status: 'deactivated' }),
  );
  await choose(page, 'Deployment', 'Multi-tenant Cloud');
  await searchInPage(page, userName);

  await rowOf(page, userName)
    .getByRole('button', { name: `Re-enable ${userName}` })
    .click();

  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(
    'Re-enabling a user is not possible on Multi-tenant Cloud.',
  );
  await expect(
    dialog.getByRole('button', { name: 'Re-enable' }),
  ).toBeDisabled();
});

test('Multi-tenant Cloud: Add user offers teams and no seats', async ({
  page,
}) => {
  await choose(page, 'Deployment', 'Multi-tenant Cloud');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Users' })
    .click();

  await page.getByRole('button', { name: 'Add user' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add user' });
  await expect(
    dialog.getByRole('combobox', { name: 'Models seat' }),
  ).toHaveAttribute('aria-disabled', 'true');
  await dialog.getByRole('textbox', { name: 'Username' }).fill('mt.newcomer');
  await dialog
    .getByRole('textbox', { name: 'Email' })
    .fill('mt.newcomer@example.com');
  await dialog.getByRole('combobox', { name: 'Teams' }).click();
  await page.getByRole('option', { name: 'vision' }).click();
  await dialog.getByRole('button', { name: 'Add user' }).click();

  await expect(
    page.getByRole('heading', { level: 1, name: 'mt.newcomer' }),
  ).toBeVisible();
  await expect(
    page.getByRole('combobox', { name: 'Role in vision' }),
  ).toHaveText('member');
});

test('legacy API: Deactivate sends DELETE and the user stays listed; removal is disabled', async ({
  page,
}) => {
  const userName = await firstUserOf(
    page,
    paths.users({ status: 'active', role: 'member' }),
  );
  await choose(page, 'API generation', 'legacy');
  await openInPage(page, userName);

  await expect(
    page.getByRole('button', { name: 'Remove from organization' }),
  ).toBeDisabled();
  await expect(page.getByText(/DELETE deactivates/)).toBeVisible();
  await page.getByRole('button', { name: 'Deactivate', exact: true }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: 'Deactivate' })
    .click();

  await expect(
    page.getByRole('button', { name: 'Re-enable', exact: true }),
  ).toBeVisible();
  await searchInPage(page, userName);
  await expect(rowOf(page, userName)).toContainText('Deactivated');
});
