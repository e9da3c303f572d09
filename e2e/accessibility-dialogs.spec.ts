import { paths } from '../src/config/paths';
import {
  checkDialogAndCancel,
  expectAccessibleInBothThemes,
  openedDialog,
} from './support/a11y';
import { expect, test } from './support/fixtures';
import {
  openRole,
  patchRoleBehindTheConsole,
  permissionBox,
} from './support/roles';
import {
  memberRow,
  openNewTeam,
  openTeams,
  pickUser,
  seedPerson,
} from './support/teams';
import {
  changeBehindTheConsole,
  firstUserOf,
  openUser,
  openUsers,
  rowOf,
  userIdFromUrl,
  userRows,
} from './support/users';

// Every check runs axe twice (light and dark) on a page that may still be
// loading on a busy machine.
test.slow();

const activeMembers = paths.users({ status: 'active', role: 'member' });
const deactivated = paths.users({ status: 'deactivated' });
const admin = seedPerson(40);
const ada = seedPerson(41);
const bob = seedPerson(42);

test.describe('every dialog has no axe violations, light and dark', () => {
  // Each test opens several dialogs and runs axe twice on each: on a busy
  // two-core machine that takes more than the tripled default.
  test.beforeEach(() => test.setTimeout(180_000));

  test('users list: add user, deactivate, re-enable, shortcuts', async ({
    page,
  }) => {
    await openUsers(page, activeMembers);
    await page.getByRole('button', { name: 'Add user' }).click();
    await checkDialogAndCancel(page, await openedDialog(page, 'Add user'));

    const active = await userRows(page).first().getByRole('link').innerText();
    await rowOf(page, active)
      .getByRole('button', { name: `Deactivate ${active}` })
      .click();
    await checkDialogAndCancel(
      page,
      await openedDialog(page, `Deactivate ${active}?`),
    );

    await page.getByRole('heading', { level: 1, name: 'Users' }).click();
    await page.keyboard.press('?');
    await checkDialogAndCancel(
      page,
      await openedDialog(page, 'Keyboard shortcuts'),
      'Close',
    );

    await openUsers(page, deactivated);
    const inactive = await userRows(page).first().getByRole('link').innerText();
    await rowOf(page, inactive)
      .getByRole('button', { name: `Re-enable ${inactive}` })
      .click();
    await checkDialogAndCancel(
      page,
      await openedDialog(page, `Re-enable ${inactive}?`),
    );
  });

  test('users list: bulk dialogs and their results', async ({ page }) => {
    await openUsers(page, activeMembers);
    for (const row of [0, 1]) {
      await userRows(page).nth(row).getByRole('checkbox').check();
    }

    await page.getByRole('button', { name: 'Change role of selected' }).click();
    await checkDialogAndCancel(
      page,
      await openedDialog(page, 'Change the role of 2 users?'),
    );
    await page.getByRole('button', { name: 'Re-enable selected' }).click();
    await checkDialogAndCancel(
      page,
      await openedDialog(page, 'Re-enable 2 users?'),
    );

    await page.getByRole('button', { name: 'Deactivate selected' }).click();
    const dialog = await openedDialog(page, 'Deactivate 2 users?');
    await expectAccessibleInBothThemes(page);
    await dialog.getByRole('button', { name: 'Deactivate' }).click();

    const results = page.getByRole('region', { name: 'Deactivate: 2 users' });
    await expect(results.getByRole('status')).toContainText('2 done');
    await expect(results.getByRole('button', { name: 'Undo' })).toBeEnabled();
    await expectAccessibleInBothThemes(page);
  });

  test('user page: deactivate, remove, viewer role, conflict', async ({
    page,
    consoleGuard,
  }) => {
    consoleGuard.expect(/412/);
    await openUser(page, await firstUserOf(page, activeMembers));

    await page.getByRole('button', { name: 'Deactivate', exact: true }).click();
    await checkDialogAndCancel(page, await openedDialog(page, /^Deactivate /));

    await page
      .getByRole('button', { name: 'Remove from organization' })
      .click();
    await checkDialogAndCancel(page, await openedDialog(page, /^Remove /));

    await page.getByRole('combobox', { name: 'Organization role' }).click();
    await page.getByRole('option', { name: /^Viewer/ }).click();
    await checkDialogAndCancel(page, await openedDialog(page, /a viewer\?$/));

    await changeBehindTheConsole(page, userIdFromUrl(page), [
      { op: 'replace', path: 'displayName', value: 'Changed Elsewhere' },
    ]);
    await page.getByRole('textbox', { name: 'Display name' }).fill('Mine');
    await page.getByRole('button', { name: 'Save display name' }).click();
    await openedDialog(page, 'Changed by someone else');
    await expectAccessibleInBothThemes(page);
  });

  test('user page of a deactivated user: re-enable', async ({ page }) => {
    await openUser(page, await firstUserOf(page, deactivated));
    await page.getByRole('button', { name: 'Re-enable', exact: true }).click();
    await checkDialogAndCancel(page, await openedDialog(page, /^Re-enable /));
  });

  test('teams: create team, add members', async ({ page }) => {
    await openTeams(page);
    await page.getByRole('button', { name: 'Create team' }).click();
    const create = await openedDialog(page, 'Create team');
    await create
      .getByRole('switch', { name: 'Use the team’s own storage bucket' })
      .check();
    await expect(
      create.getByRole('textbox', { name: 'Bucket name' }),
    ).toBeVisible();
    await checkDialogAndCancel(page, create);

    await openNewTeam(page, 'a11y-crew', [admin, ada]);
    await page.getByRole('button', { name: 'Add members' }).click();
    const add = await openedDialog(page, 'Add members');
    await pickUser(page, 'Users', bob);
    await checkDialogAndCancel(page, add);
  });

  test('team members: remove one, remove all, demote, conflict', async ({
    page,
    demo,
    consoleGuard,
  }) => {
    consoleGuard.expect(/412/);
    await openNewTeam(page, 'a11y-crew', [admin, ada]);

    await memberRow(page, ada.userName)
      .getByRole('button', { name: `Remove ${ada.userName}` })
      .click();
    await checkDialogAndCancel(
      page,
      await openedDialog(page, `Remove ${ada.userName} from a11y-crew?`),
    );

    await page.getByRole('button', { name: 'Remove all' }).click();
    await checkDialogAndCancel(
      page,
      await openedDialog(page, 'Remove all members of a11y-crew?'),
    );

    await page
      .getByRole('combobox', { name: `Role of ${admin.userName}` })
      .click();
    await page.getByRole('option', { name: 'member', exact: true }).click();
    await checkDialogAndCancel(
      page,
      await openedDialog(page, `Make ${admin.userName} member?`),
    );

    await demo.injectFault({
      method: 'PATCH',
      pathIncludes: '/scim/Groups/',
      status: 412,
      detail: 'The resource was modified since it was read (ETag mismatch).',
      times: 1,
    });
    await memberRow(page, ada.userName)
      .getByRole('button', { name: `Remove ${ada.userName}` })
      .click();
    await page
      .getByRole('dialog', { name: `Remove ${ada.userName} from a11y-crew?` })
      .getByRole('button', { name: 'Remove' })
      .click();
    await openedDialog(page, 'Changed by someone else');
    await expectAccessibleInBothThemes(page);
  });

  test('team service accounts: create, key shown once, delete', async ({
    page,
  }) => {
    await openNewTeam(page, 'a11y-bots', [admin]);
    await page.getByRole('tab', { name: 'Service accounts' }).click();

    await page.getByRole('button', { name: 'Create service account' }).click();
    const form = await openedDialog(page, 'Create service account');
    await form.getByRole('textbox', { name: 'Description' }).fill('Nightly');
    await expectAccessibleInBothThemes(page);
    await form.getByRole('button', { name: 'Create' }).click();
    const shown = await openedDialog(page, 'Service account created');
    await expect(shown.getByRole('textbox', { name: 'API key' })).toHaveValue(
      /\w{20}/,
    );
    await checkDialogAndCancel(page, shown, 'Done');

    await page.getByRole('button', { name: 'Delete Nightly' }).click();
    await checkDialogAndCancel(
      page,
      await openedDialog(page, 'Delete Nightly?'),
    );
  });

  test('roles: review changes, delete role, conflict', async ({
    page,
    consoleGuard,
  }) => {
    consoleGuard.expect(/412/);
    const id = await openRole(page, 'Sweep runner');
    await page.getByRole('button', { name: 'Delete role' }).click();
    const remove = await openedDialog(page, 'Delete Sweep runner?');
    await expect(
      remove.getByRole('table', { name: 'Who falls back' }),
    ).toBeVisible();
    await checkDialogAndCancel(page, remove);

    await permissionBox(page, 'sweep:delete').check();
    await page.getByRole('button', { name: 'Save' }).click();
    await checkDialogAndCancel(
      page,
      await openedDialog(page, 'Review changes'),
    );

    await patchRoleBehindTheConsole(page, id);
    await page.getByRole('button', { name: 'Save' }).click();
    await page
      .getByRole('dialog', { name: 'Review changes' })
      .getByRole('button', { name: 'Confirm' })
      .click();
    await openedDialog(page, 'Changed by someone else');
    await expectAccessibleInBothThemes(page);
  });

  test('settings: reset demo data, demo size, connect', async ({ page }) => {
    await page.goto(paths.settings());
    await page.getByRole('button', { name: 'Reset demo data' }).click();
    await checkDialogAndCancel(
      page,
      await openedDialog(page, 'Reset demo data?'),
    );

    await page
      .getByRole('combobox', { name: 'Demo organization size' })
      .click();
    await page.getByRole('option', { name: '10,000 users' }).click();
    await checkDialogAndCancel(
      page,
      await openedDialog(page, "Change the demo organization's size?"),
    );

    // The live connection form, as it shows a problem with what was typed.
    await page.getByRole('textbox', { name: 'Server URL' }).fill('not a url');
    await page.getByRole('button', { name: 'Connect' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await expectAccessibleInBothThemes(page);
  });
});
