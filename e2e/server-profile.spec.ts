import { paths } from '../src/config/paths';
import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { userRows } from './support/users';

test('the RFC 7644 profile pages, searches and sorts on the server, with the same screens', async ({
  page,
}) => {
  await page.goto(paths.settings());
  await expect(
    page.getByText(
      'Lists are read whole and searched, sorted and paged in the browser.',
    ),
  ).toBeVisible();

  await page.getByRole('combobox', { name: 'Server profile' }).click();
  await page.getByRole('option', { name: 'RFC 7644' }).click();

  await expect(
    page.getByText(/Lists are searched, sorted and paged on the server\./),
  ).toBeVisible();
  await expect(
    page.getByRole('list', { name: 'Server capabilities' }),
  ).toContainText('Sorting: yes');
  await expectNoAxeViolations(page);

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Users' })
    .click();
  await expect(userRows(page)).toHaveCount(50);
  await expect(page.getByText('1–50 of 250')).toBeVisible();

  await page.getByRole('searchbox', { name: 'Search users' }).fill('LOVELACE');
  await expect(page.getByText(/of 250/)).toHaveCount(0);
  await expect(userRows(page).first()).toBeVisible();
  for (const text of await userRows(page).allInnerTexts()) {
    expect(text.toLowerCase()).toContain('lovelace');
  }
});
