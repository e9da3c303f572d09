import { expect, expectNoAxeViolations, test } from './support/fixtures';
import {
  addedNames,
  openRole,
  openRoles,
  permissionBox,
  roleRow,
  serverRole,
  settled,
} from './support/roles';

test('removes a permission with a PATCH, after reviewing whom it affects', async ({
  page,
}) => {
  test.slow();
  const id = await openRole(page, 'Project maintainer');
  await expectNoAxeViolations(page);
  const heldBy = await page
    .getByText(/^Held by \d+ users? in \d+ teams?\.$/)
    .innerText();

  await permissionBox(page, 'project:update').uncheck();
  await page.getByRole('button', { name: 'Save' }).click();

  const review = page.getByRole('dialog', { name: 'Review changes' });
  await expect(review.getByRole('list', { name: 'Changes' })).toHaveText(
    /^− project:update/,
  );
  await expect(review).toContainText(heldBy.replace('Held by', 'Affects'));
  await expect(review).toContainText('Sent as one PATCH of the permissions.');
  await settled(review);
  await expectNoAxeViolations(page);
  await review.getByRole('button', { name: 'Confirm' }).click();

  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Saved role Project maintainer.' }),
  ).toBeVisible();
  expect(addedNames(await serverRole(page, id))).toEqual(['project:delete']);
  await page.reload();
  await expect(permissionBox(page, 'project:update')).not.toBeChecked();
  await expect(permissionBox(page, 'project:delete')).toBeChecked();
});

test('changing the base shows what becomes inherited and keeps the added permissions', async ({
  page,
}) => {
  test.slow();
  const id = await openRole(page, 'Run operator');
  await permissionBox(page, 'run:create').check();

  await page.getByRole('radio', { name: 'Member' }).check();

  const note = page.getByRole('note', { name: 'Change of base' }).first();
  await expect(note).toContainText('Now inherited from Member: run:create');
  await expect(note).toContainText('Stay added: run:stop');
  await expect(permissionBox(page, 'run:create')).toBeDisabled();
  await expect(permissionBox(page, 'run:create')).toBeChecked();
  await expect(page.getByText('from Member').first()).toBeVisible();
  await expect(permissionBox(page, 'run:stop')).toBeEnabled();
  await expect(permissionBox(page, 'run:stop')).toBeChecked();
  await page.getByRole('button', { name: 'Save' }).click();

  const review = page.getByRole('dialog', { name: 'Review changes' });
  await expect(review).toContainText('Based on: Viewer → Member');
  await expect(review).toContainText('Sent as one PUT of the whole role.');
  await settled(review);
  await expectNoAxeViolations(page);
  await review.getByRole('button', { name: 'Confirm' }).click();

  await expect(
    page.getByRole('status').filter({ hasText: 'Saved role Run operator.' }),
  ).toBeVisible();
  const stored = await serverRole(page, id);
  expect(stored.inheritedFrom).toBe('member');
  expect(addedNames(stored)).toEqual(['run:stop']);
  await openRoles(page);
  await expect(
    roleRow(page, 'Run operator').getByRole('cell').nth(1),
  ).toHaveText('Member');
});

test('a change someone else saved first becomes a choice, and re-applying keeps both', async ({
  page,
  consoleGuard,
}) => {
  test.slow();
  consoleGuard.expect(/412/);
  const id = await openRole(page, 'Sweep runner');

  // Another admin adds a permission while this page is open.
  await page.evaluate(async (roleId) => {
    await fetch(`/scim/Roles/${roleId}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/scim+json' },
      body: JSON.stringify({
        schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
        Operations: [
          { op: 'add', path: 'permissions', value: [{ name: 'run:delete' }] },
        ],
      }),
    });
  }, id);
  await page.getByRole('textbox', { name: 'Name' }).fill('Sweep operator');
  await permissionBox(page, 'sweep:delete').check();
  await page.getByRole('button', { name: 'Save' }).click();
  await page
    .getByRole('dialog', { name: 'Review changes' })
    .getByRole('button', { name: 'Confirm' })
    .click();

  const conflict = page.getByRole('dialog', {
    name: 'Changed by someone else',
  });
  const rows = conflict.getByRole('row');
  await expect(rows.filter({ hasText: 'Name' })).toContainText('Sweep runner');
  await expect(rows.filter({ hasText: 'Name' })).toContainText(
    'Sweep operator',
  );
  await expect(rows.filter({ hasText: 'Added permissions' })).toContainText(
    'run:delete',
  );
  await expect(rows.filter({ hasText: 'Added permissions' })).toContainText(
    '+ sweep:delete',
  );
  await settled(conflict);
  await expectNoAxeViolations(page);
  await conflict.getByRole('button', { name: 'Re-apply my changes' }).click();

  const review = page.getByRole('dialog', { name: 'Review changes' });
  await expect(review).toContainText('Name: Sweep runner → Sweep operator');
  await review.getByRole('button', { name: 'Confirm' }).click();

  await expect(
    page.getByRole('status').filter({ hasText: 'Saved role Sweep operator.' }),
  ).toBeVisible();
  const stored = await serverRole(page, id);
  expect(stored.name).toBe('Sweep operator');
  expect(addedNames(stored).sort()).toEqual(
    ['run:delete', 'run:stop', 'sweep:delete', 'sweep:stop'].sort(),
  );
});

test('discarding after a conflict shows what the server holds', async ({
  page,
  consoleGuard,
}) => {
  test.slow();
  consoleGuard.expect(/412/);
  const id = await openRole(page, 'Run operator');
  await page.evaluate(async (roleId) => {
    await fetch(`/scim/Roles/${roleId}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/scim+json' },
      body: JSON.stringify({
        schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
        Operations: [
          { op: 'add', path: 'permissions', value: [{ name: 'run:delete' }] },
        ],
      }),
    });
  }, id);

  await permissionBox(page, 'run:stop').uncheck();
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('button', { name: 'Confirm' }).click();
  await page.getByRole('button', { name: 'Discard my changes' }).click();

  await expect(permissionBox(page, 'run:stop')).toBeChecked();
  await expect(permissionBox(page, 'run:delete')).toBeChecked();
  expect(addedNames(await serverRole(page, id))).toEqual([
    'run:stop',
    'run:delete',
  ]);
});

test('compares two roles side by side', async ({ page }) => {
  test.slow();
  await openRole(page, 'Run operator');

  await page.getByRole('combobox', { name: 'Compare with' }).click();
  await page.getByRole('option', { name: 'Sweep runner' }).click();

  const table = page.getByRole('table', {
    name: 'Run operator and Sweep runner side by side',
  });
  const row = (name: string) =>
    table
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name }) });
  await expect(row('run:stop').getByRole('cell')).toHaveText([
    'Added',
    'Added',
  ]);
  await expect(row('sweep:stop').getByRole('cell')).toHaveText(['—', 'Added']);
  await expect(row('run:create').getByRole('cell')).toHaveText([
    '—',
    'Inherited',
  ]);
  await expect(row('run:read').getByRole('cell')).toHaveText([
    'Inherited',
    'Inherited',
  ]);
  await expectNoAxeViolations(page);
});
