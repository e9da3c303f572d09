import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { openNewTeam, seedPerson } from './support/teams';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const admin = seedPerson(30);

async function openServiceAccounts(page: Parameters<typeof openNewTeam>[0]) {
  await openNewTeam(page, 'automation', [admin]);
  await page.getByRole('tab', { name: 'Service accounts' }).click();
  await expect(page).toHaveURL(/tab=service-accounts/);
}

test('shows a new service account’s key once, with Copy', async ({ page }) => {
  await openServiceAccounts(page);
  // Org-scoped accounts join every team created through the API.
  await expect(
    page.getByRole('row').filter({ hasText: 'Organization' }),
  ).not.toHaveCount(0);

  await page.getByRole('button', { name: 'Create service account' }).click();
  const form = page.getByRole('dialog', { name: 'Create service account' });
  await form.getByRole('textbox', { name: 'Description' }).fill('Nightly sync');
  await expectNoAxeViolations(page);
  await form.getByRole('button', { name: 'Create' }).click();

  const shown = page.getByRole('dialog', { name: 'Service account created' });
  await expect(shown).toContainText('you will not see this again');
  const key = shown.getByRole('textbox', { name: 'API key' });
  await expect(key).toHaveValue(/^[0-9a-f]{40}$/);
  const apiKey = await key.inputValue();
  await expectNoAxeViolations(page);
  await shown.getByRole('button', { name: 'Copy' }).click();
  await expect(shown.getByRole('status')).toHaveText(
    'Copied to the clipboard.',
  );
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    apiKey,
  );

  await shown.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(
    page.getByRole('row').filter({ hasText: 'Nightly sync' }),
  ).toContainText('Team');
  await expect(page.getByText(apiKey)).toHaveCount(0);

  await page.reload();
  await expect(
    page.getByRole('row').filter({ hasText: 'Nightly sync' }),
  ).toBeVisible();
  await expect(page.getByText(apiKey)).toHaveCount(0);
  expect(
    await page.evaluate(() => JSON.stringify({ ...window.localStorage })),
  ).not.toContain(apiKey);
});

test('deletes a service account after confirming', async ({ page }) => {
  await openServiceAccounts(page);
  await page.getByRole('button', { name: 'Create service account' }).click();
  await page
    .getByRole('dialog')
    .getByRole('textbox', { name: 'Description' })
    .fill('Old job');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: 'Create' })
    .click();
  await page.getByRole('button', { name: 'Done' }).click();

  await page.getByRole('button', { name: 'Delete Old job' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete Old job?' });
  await expect(confirm).toContainText('stops working');
  await confirm.getByRole('button', { name: 'Delete' }).click();

  await expect(
    page.getByRole('status').filter({ hasText: 'Deleted the service account' }),
  ).toBeVisible();
  await expect(
    page.getByRole('row').filter({ hasText: 'Old job' }),
  ).toHaveCount(0);
});

test('a server without the endpoint says it does not offer it', async ({
  page,
  demo,
  consoleGuard,
}) => {
  consoleGuard.expect(/404/);
  await openNewTeam(page, 'automation', [admin]);
  await demo.injectFault({
    method: 'GET',
    pathIncludes: '/scim/ServiceAccounts',
    status: 404,
    detail: 'Not found',
    times: 1,
  });

  await page.getByRole('tab', { name: 'Service accounts' }).click();

  await expect(
    page.getByText('does not offer service accounts over SCIM'),
  ).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Create service account' }),
  ).toHaveCount(0);
});
