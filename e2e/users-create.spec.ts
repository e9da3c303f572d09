import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { openUsers } from './support/users';

test('adds a user as an org admin and opens their page', async ({ page }) => {
  await openUsers(page);

  await page.getByRole('button', { name: 'Add user' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add user' });
  await expectNoAxeViolations(page);
  await dialog.getByRole('textbox', { name: 'Username' }).fill('nina.simone');
  await dialog.getByRole('textbox', { name: 'Email' }).fill('nina@example.com');
  await dialog.getByRole('combobox', { name: 'Organization role' }).click();
  await page.getByRole('option', { name: 'Admin', exact: true }).click();
  // One menu closes before the next opens.
  await expect(page.getByRole('listbox')).toHaveCount(0);
  await dialog.getByRole('combobox', { name: 'Models seat' }).click();
  await page.getByRole('option', { name: 'Viewer', exact: true }).click();
  await dialog.getByRole('button', { name: 'Add user' }).click();

  await expect(
    page.getByRole('status').filter({ hasText: 'Added nina.simone.' }),
  ).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 1, name: 'nina.simone' }),
  ).toBeVisible();
  await expect(
    page.getByRole('combobox', { name: 'Organization role' }),
  ).toHaveText('Admin');
  await expect(page.getByRole('combobox', { name: 'Models seat' })).toHaveText(
    'Viewer',
  );

  await page.goto('/users?q=nina');
  await expect(page.getByText('1–1 of 1')).toBeVisible();
});

test('says what is wrong next to each field before sending, keeping what was typed', async ({
  page,
}) => {
  await openUsers(page);
  await page.getByRole('button', { name: 'Add user' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add user' });

  await dialog.getByRole('textbox', { name: 'Username' }).fill('bad name!');
  await dialog.getByRole('textbox', { name: 'Email' }).fill('not-an-email');
  await dialog.getByRole('button', { name: 'Add user' }).click();

  await expect(
    dialog.getByText('Use letters, digits, dots, dashes and underscores only.'),
  ).toBeVisible();
  await expect(
    dialog.getByText(/Enter an email address such as/),
  ).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Username' })).toHaveValue(
    'bad name!',
  );
  await expect(dialog.getByRole('textbox', { name: 'Email' })).toHaveValue(
    'not-an-email',
  );
  await expect(
    dialog.getByRole('textbox', { name: 'Username' }),
  ).toHaveAttribute('aria-invalid', 'true');
});

test("shows the server's 409 on the field it concerns and keeps the form", async ({
  page,
  consoleGuard,
}) => {
  consoleGuard.expect(/409/);
  await openUsers(page, '/users?role=admin');
  const taken = await page
    .getByRole('table', { name: 'Users' })
    .locator('tbody tr')
    .first()
    .getByRole('link')
    .innerText();

  await page.getByRole('button', { name: 'Add user' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add user' });
  await dialog.getByRole('textbox', { name: 'Username' }).fill(taken);
  await dialog
    .getByRole('textbox', { name: 'Email' })
    .fill('someone.new@example.com');
  await dialog.getByRole('button', { name: 'Add user' }).click();

  await expect(
    dialog.getByText(`A user with userName "${taken}" already exists.`),
  ).toBeVisible();
  await expect(
    dialog.getByRole('textbox', { name: 'Username' }),
  ).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByRole('textbox', { name: 'Email' })).toHaveValue(
    'someone.new@example.com',
  );

  await dialog.getByRole('textbox', { name: 'Username' }).fill('someone.new');
  await dialog.getByRole('button', { name: 'Add user' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'someone.new' }),
  ).toBeVisible();
});
