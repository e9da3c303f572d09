import { paths } from '../src/config/paths';
import { expect, expectNoAxeViolations, test } from './support/fixtures';
import {
  changeBehindTheConsole,
  firstUserOf,
  openUser,
  userIdFromUrl,
} from './support/users';

const activeMembers = paths.users({ status: 'active', role: 'member' });

test('edits the display name and the org role, and the server keeps them', async ({
  page,
}) => {
  const userName = await firstUserOf(page, activeMembers);
  await openUser(page, userName);
  await expectNoAxeViolations(page);

  await page
    .getByRole('textbox', { name: 'Display name' })
    .fill('Renamed Person');
  await page.getByRole('button', { name: 'Save display name' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Renamed Person' }),
  ).toBeVisible();

  await page.getByRole('combobox', { name: 'Organization role' }).click();
  await page.getByRole('option', { name: 'Admin' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'is now an admin' }),
  ).toBeVisible();

  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Renamed Person' }),
  ).toBeVisible();
  await expect(
    page.getByRole('combobox', { name: 'Organization role' }),
  ).toHaveText('Admin');
});

test('shows the viewer remap after the change: member, viewer seats, viewer in every team', async ({
  page,
}) => {
  const userName = await firstUserOf(page, activeMembers);
  await openUser(page, userName);
  const teamRoles = page.getByRole('combobox', { name: /^Role in / });
  const teams = await teamRoles.count();

  await page.getByRole('combobox', { name: 'Organization role' }).click();
  await page.getByRole('option', { name: 'Viewer (deprecated)' }).click();
  const dialog = page.getByRole('dialog', {
    name: `Make ${userName} a viewer?`,
  });
  await expect(dialog).toContainText('deprecated');
  await dialog.getByRole('button', { name: 'Make viewer' }).click();

  await expect(
    page.getByRole('combobox', { name: 'Organization role' }),
  ).toHaveText('Member');
  await expect(page.getByRole('combobox', { name: 'Models seat' })).toHaveText(
    'Viewer',
  );
  await expect(page.getByRole('combobox', { name: 'Weave role' })).toHaveText(
    'Viewer',
  );
  for (let i = 0; i < teams; i += 1) {
    await expect(teamRoles.nth(i)).toHaveText('viewer');
  }
});

test("changes the user's role in a team", async ({ page }) => {
  const userName = await firstUserOf(page, activeMembers);
  await openUser(page, userName);
  const role = page.getByRole('combobox', { name: /^Role in / }).first();
  const label = (await role.getAttribute('aria-labelledby')) ?? '';
  const team = (
    await page.locator(`[id="${label.split(' ')[0]}"]`).innerText()
  ).replace('Role in ', '');
  const next = (await role.innerText()) === 'admin' ? 'member' : 'admin';

  await role.click();
  await page.getByRole('option', { name: next, exact: true }).click();

  await expect(
    page.getByRole('status').filter({ hasText: `is now ${next} in ${team}` }),
  ).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole('combobox', { name: `Role in ${team}` }),
  ).toHaveText(next);
});

test('adds and removes a registry role', async ({ page }) => {
  const userName = await firstUserOf(page, activeMembers);
  await openUser(page, userName);

  await page.getByRole('textbox', { name: 'Registry' }).fill('qa-registry');
  await page.getByRole('combobox', { name: 'Registry role' }).click();
  await page.getByRole('option', { name: 'admin' }).click();
  await page.getByRole('button', { name: 'Add registry role' }).click();
  await expect(page.getByText('qa-registry: admin')).toBeVisible();

  await page.reload();
  await page.getByRole('button', { name: 'Remove qa-registry role' }).click();
  await expect(page.getByText('qa-registry: admin')).toHaveCount(0);
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Registry roles' }),
  ).toBeVisible();
  await expect(page.getByText('qa-registry: admin')).toHaveCount(0);
});

test('removes a user from the organization after the username is typed', async ({
  page,
}) => {
  const userName = await firstUserOf(page, activeMembers);
  await openUser(page, userName);

  await page.getByRole('button', { name: 'Remove from organization' }).click();
  const dialog = page.getByRole('dialog', {
    name: `Remove ${userName} from the organization?`,
  });
  await expectNoAxeViolations(page);
  await expect(dialog.getByRole('button', { name: 'Remove' })).toBeDisabled();
  await dialog
    .getByRole('textbox', { name: `Type ${userName} to confirm` })
    .fill(userName);
  await dialog.getByRole('button', { name: 'Remove' }).click();

  await expect(
    page.getByRole('status').filter({ hasText: `Removed ${userName}` }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/users$/);
  await page.goto(paths.users({ q: userName }));
  await expect(page.getByText('No users match')).toBeVisible();
});

test('a 412 conflict shows both values and re-applies on top of the fresh copy', async ({
  page,
  consoleGuard,
}) => {
  consoleGuard.expect(/412/);
  const userName = await firstUserOf(page, activeMembers);
  await openUser(page, userName);
  const id = userIdFromUrl(page);

  await changeBehindTheConsole(page, id, [
    { op: 'replace', path: 'displayName', value: 'Changed Elsewhere' },
  ]);
  await page.getByRole('textbox', { name: 'Display name' }).fill('Mine Wins');
  await page.getByRole('button', { name: 'Save display name' }).click();

  const dialog = page.getByRole('dialog', { name: 'Changed by someone else' });
  await expect(
    dialog.getByRole('row', { name: /On the server now/ }),
  ).toContainText('Changed Elsewhere');
  await expect(dialog.getByRole('row', { name: /Your change/ })).toContainText(
    'Mine Wins',
  );
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Re-apply my change' }).click();

  await expect(dialog).toHaveCount(0);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Mine Wins' }),
  ).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Mine Wins' }),
  ).toBeVisible();
});

test('discarding a conflicting change keeps what was typed and the server value', async ({
  page,
  consoleGuard,
}) => {
  consoleGuard.expect(/412/);
  const userName = await firstUserOf(page, activeMembers);
  await openUser(page, userName);
  await changeBehindTheConsole(page, userIdFromUrl(page), [
    { op: 'replace', path: 'displayName', value: 'Changed Elsewhere' },
  ]);

  await page.getByRole('textbox', { name: 'Display name' }).fill('My Draft');
  await page.getByRole('button', { name: 'Save display name' }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: 'Discard my change' })
    .click();

  await expect(
    page.getByRole('heading', { level: 1, name: 'Changed Elsewhere' }),
  ).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Display name' })).toHaveValue(
    'My Draft',
  );
  await page.getByRole('button', { name: 'Revert display name' }).click();
  await expect(page.getByRole('textbox', { name: 'Display name' })).toHaveValue(
    'Changed Elsewhere',
  );
});

test('the last active admin cannot be demoted or removed', async ({ page }) => {
  await page.goto(paths.users({ role: 'admin' }));
  const admins = page
    .getByRole('table', { name: 'Users' })
    .locator('tbody tr')
    .getByRole('link');
  await expect(admins).toHaveCount(3);
  const names = await admins.allInnerTexts();

  for (const name of names.slice(0, 2)) {
    await openUser(page, name);
    await page.getByRole('combobox', { name: 'Organization role' }).click();
    await page.getByRole('option', { name: 'Member' }).click();
    await expect(
      page.getByRole('combobox', { name: 'Organization role' }),
    ).toHaveText('Member');
  }
  await openUser(page, names[2] ?? '');

  await expect(
    page.getByRole('combobox', { name: 'Organization role' }),
  ).toHaveAttribute('aria-disabled', 'true');
  await expect(page.getByText('without an active admin')).toBeVisible();
  await page.getByRole('button', { name: 'Remove from organization' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('without an active admin');
  await expect(dialog.getByRole('button', { name: 'Remove' })).toBeDisabled();
});
