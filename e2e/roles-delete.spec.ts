import type { Page } from '@playwright/test';

import { paths } from '../src/config/paths';
import { expect, expectNoAxeViolations, test } from './support/fixtures';
import {
  openRole,
  openRoles,
  roleRow,
  serverUsers,
  settled,
} from './support/roles';

/** Someone holding `roleName` in a team, as the server says. */
async function aHolderOf(page: Page, roleName: string) {
  for (const user of await serverUsers(page)) {
    const held = user.teamRoles.find((role) => role.roleName === roleName);
    if (held) return { ...user, teamName: held.teamName };
  }
  throw new Error(`the seed has holders of ${roleName}`);
}

/** Deletes `roleName` through its dialog, once it lists who falls back. */
async function deleteRole(page: Page, roleName: string) {
  await openRole(page, roleName);
  await page.getByRole('button', { name: 'Delete role' }).click();
  const dialog = page.getByRole('dialog', { name: `Delete ${roleName}?` });
  const table = dialog.getByRole('table', { name: 'Who falls back' });
  await expect(table).toBeVisible();
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Deleted role ${roleName}.` }),
  ).toBeVisible();
}

test('deleting a role lists who falls back to which role, then they do', async ({
  page,
}) => {
  test.slow();
  await openRoles(page);
  const cells = roleRow(page, 'Project maintainer').getByRole('cell');
  await expect(cells.nth(3)).not.toHaveText('…');
  const [users, teams] = [
    await cells.nth(3).innerText(),
    await cells.nth(4).innerText(),
  ];
  expect(Number(users)).toBeGreaterThan(0);
  const holder = await aHolderOf(page, 'Project maintainer');
  await openRole(page, 'Project maintainer');

  await page.getByRole('button', { name: 'Delete role' }).click();
  const dialog = page.getByRole('dialog', {
    name: 'Delete Project maintainer?',
  });
  await expect(dialog).toContainText(
    `${users} user${users === '1' ? '' : 's'} in ${teams} team${teams === '1' ? '' : 's'} will fall back to Member`,
  );
  const holderRow = dialog
    .getByRole('table', { name: 'Who falls back' })
    .getByRole('row')
    .filter({ hasText: holder.userName })
    .filter({ hasText: holder.teamName });
  await expect(holderRow.getByRole('cell')).toHaveText([
    holder.userName,
    holder.teamName,
    'Member',
  ]);
  await settled(dialog);
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Delete' }).click();

  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Deleted role Project maintainer.' }),
  ).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Roles' }),
  ).toBeVisible();
  await expect(roleRow(page, 'Project maintainer')).toHaveCount(0);
  const after = (await serverUsers(page)).find((user) => user.id === holder.id);
  expect(after?.teamRoles).toContainEqual({
    teamName: holder.teamName,
    roleName: 'member',
  });
  expect(JSON.stringify(await serverUsers(page))).not.toContain(
    'Project maintainer',
  );
});

test('cancelling the delete keeps the role', async ({ page }) => {
  await openRole(page, 'Sweep runner');

  await page.getByRole('button', { name: 'Delete role' }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: 'Cancel' })
    .click();

  await openRoles(page);
  await expect(roleRow(page, 'Sweep runner')).toHaveCount(1);
});

test("after a role is deleted, its holders' pages show their team role fallen back", async ({
  page,
}) => {
  test.slow();
  await openRoles(page);
  const holder = await aHolderOf(page, 'Run operator');

  await deleteRole(page, 'Run operator');
  await page.goto(paths.user(holder.id));

  await expect(
    page.getByRole('combobox', { name: `Role in ${holder.teamName}` }),
  ).toHaveText(/^viewer$/i);
});
