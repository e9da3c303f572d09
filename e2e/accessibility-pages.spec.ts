import { paths } from '../src/config/paths';
import { expectAccessibleInBothThemes } from './support/a11y';
import { expect, test } from './support/fixtures';
import { openRole, openRoles, permissionBox } from './support/roles';
import { openTeams, rowsOf } from './support/teams';
import { firstUserOf, openUser, openUsers } from './support/users';

// Every check runs axe twice (light and dark) on a page that may still be
// loading on a busy machine.
test.slow();

const activeMembers = paths.users({ status: 'active', role: 'member' });

test.describe('every page has no axe violations, light and dark', () => {
  test('users list', async ({ page }) => {
    await openUsers(page);
    await expectAccessibleInBothThemes(page);
  });

  test('user page', async ({ page }) => {
    await openUser(page, await firstUserOf(page, activeMembers));
    await expect(page.getByRole('heading', { name: 'Teams' })).toBeVisible();
    await expectAccessibleInBothThemes(page);
  });

  test('teams list', async ({ page }) => {
    await openTeams(page);
    await expectAccessibleInBothThemes(page);
  });

  test('team page, both tabs', async ({ page }) => {
    await openTeams(page);
    await rowsOf(page, 'Teams').first().getByRole('link').first().click();
    await expect(rowsOf(page, 'Members').first()).toBeVisible();
    await expectAccessibleInBothThemes(page);

    await page.getByRole('tab', { name: 'Service accounts' }).click();
    await expect(
      page.getByRole('button', { name: 'Create service account' }),
    ).toBeVisible();
    await expectAccessibleInBothThemes(page);
  });

  test('roles list', async ({ page }) => {
    await openRoles(page);
    await expectAccessibleInBothThemes(page);
  });

  test('new role', async ({ page }) => {
    await page.goto(paths.newRole());
    await expect(
      page.getByRole('heading', { level: 1, name: 'New role' }),
    ).toBeVisible();
    await expect(permissionBox(page, 'run:stop')).toBeVisible();
    await expectAccessibleInBothThemes(page);
  });

  test('role page, compared with another role', async ({ page }) => {
    await openRole(page, 'Run operator');
    await expect(permissionBox(page, 'run:stop')).toBeChecked();
    await expectAccessibleInBothThemes(page);

    await page.getByRole('combobox', { name: 'Compare with' }).click();
    await page.getByRole('option', { name: 'Sweep runner' }).click();
    await expect(
      page.getByRole('table', {
        name: 'Run operator and Sweep runner side by side',
      }),
    ).toBeVisible();
    await expectAccessibleInBothThemes(page);
  });

  test('settings', async ({ page }) => {
    await page.goto(paths.settings());
    await expect(
      page.getByRole('heading', { level: 1, name: 'Settings' }),
    ).toBeVisible();
    await expect(
      page.getByRole('button', { name: 'Reset demo data' }),
    ).toBeVisible();
    await expectAccessibleInBothThemes(page);
  });

  test('page not found', async ({ page }) => {
    await page.goto('/no-such-screen');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeVisible();
    await expectAccessibleInBothThemes(page);
  });
});
