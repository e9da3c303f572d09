import { paths } from '../src/config/paths';
import { expect, expectNoAxeViolations, test } from './support/fixtures';
import {
  addedNames,
  openRoles,
  permissionBox,
  roleRow,
  serverRole,
  settled,
} from './support/roles';

test('creates a role based on Viewer that may stop runs', async ({ page }) => {
  test.slow();
  await openRoles(page);
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Create role' }).click();

  await expect(
    page.getByRole('heading', { level: 1, name: 'New role' }),
  ).toBeVisible();
  await page.getByRole('textbox', { name: 'Name' }).fill('Run stopper');
  await page
    .getByRole('textbox', { name: 'Description' })
    .fill('Views everything and stops runaway runs.');
  await page.getByRole('radio', { name: 'Viewer' }).check();

  for (const inherited of ['project:read', 'run:read', 'launchagent:read']) {
    await expect(permissionBox(page, inherited)).toBeChecked();
    await expect(permissionBox(page, inherited)).toBeDisabled();
  }
  await expect(permissionBox(page, 'run:create')).toBeEnabled();
  await expect(page.getByText('from Viewer').first()).toBeVisible();
  await permissionBox(page, 'run:stop').check();
  await expect(page.getByText('7 from Viewer and 1 added')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Save' }).click();
  const review = page.getByRole('dialog', { name: 'Review changes' });
  await expect(review).toContainText('Create the role Run stopper');
  await expect(review.getByRole('list', { name: 'Changes' })).toHaveText(
    /^\+ run:stop/,
  );
  await expect(review).toContainText('with the added permissions only');
  await settled(review);
  await expectNoAxeViolations(page);
  await review.getByRole('button', { name: 'Confirm' }).click();

  await expect(
    page.getByRole('status').filter({ hasText: 'Created role Run stopper.' }),
  ).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Run stopper' }),
  ).toBeVisible();
  await expect(permissionBox(page, 'run:stop')).toBeChecked();
  const id = decodeURIComponent(page.url().split('/').pop() ?? '');
  const stored = await serverRole(page, id);
  expect(stored.inheritedFrom).toBe('viewer');
  expect(addedNames(stored)).toEqual(['run:stop']);

  await openRoles(page);
  const row = roleRow(page, 'Run stopper');
  await expect(row.getByRole('cell')).toHaveText([
    /Run stopper/,
    'Viewer',
    '1',
    '0',
    '0',
  ]);
});

test('filters the permissions by name or meaning', async ({ page }) => {
  await page.goto(paths.newRole());

  await page
    .getByRole('searchbox', { name: 'Filter permissions' })
    .fill('stop');

  await expect(permissionBox(page, 'run:stop')).toBeVisible();
  await expect(permissionBox(page, 'sweep:stop')).toBeVisible();
  await expect(permissionBox(page, 'launchagent:delete')).toBeVisible();
  await expect(permissionBox(page, 'project:read')).toHaveCount(0);
  await page
    .getByRole('searchbox', { name: 'Filter permissions' })
    .fill('nothing-like-this');
  await expect(page.getByText('No permission matches')).toBeVisible();
});

test('refuses a name another role has, before sending anything', async ({
  page,
}) => {
  await page.goto(paths.newRole());

  await page.getByRole('textbox', { name: 'Name' }).fill('run operator');
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(
    page.getByText('Another role already has this name.'),
  ).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('a typed permission the server does not know is refused with its reason, and nothing typed is lost', async ({
  page,
  consoleGuard,
}) => {
  consoleGuard.expect(/400/);
  await page.goto(paths.newRole());
  await page.getByRole('textbox', { name: 'Name' }).fill('Model promoter');

  const typed = page.getByRole('textbox', { name: 'Another permission' });
  await typed.fill('Model Promote');
  await page.getByRole('button', { name: 'Add permission' }).click();
  await expect(
    page.getByText('Use object:operation in lower case'),
  ).toBeVisible();
  await typed.fill('model:promote');
  await page.getByRole('button', { name: 'Add permission' }).click();

  await expect(permissionBox(page, 'model:promote')).toBeChecked();
  await page.getByRole('button', { name: 'Save' }).click();
  const review = page.getByRole('dialog', { name: 'Review changes' });
  await expect(review).toContainText('+ model:promote');
  await review.getByRole('button', { name: 'Confirm' }).click();

  await expect(page.getByRole('alert')).toContainText(
    'Unknown permission: model:promote.',
  );
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue(
    'Model promoter',
  );
  await expect(permissionBox(page, 'model:promote')).toBeChecked();
});

test('an unknown role id shows a clear not-found message', async ({
  page,
  consoleGuard,
}) => {
  consoleGuard.expect(/404/);
  await page.goto(paths.role('no-such-role'));

  await expect(page.getByRole('alert')).toContainText('No such role.');
  await expect(page.getByRole('link', { name: 'All roles' })).toBeVisible();
});
