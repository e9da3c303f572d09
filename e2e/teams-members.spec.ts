import { expect, expectNoAxeViolations, test } from './support/fixtures';
import {
  createTeam,
  memberRow,
  openNewTeam,
  openTeams,
  pickUser,
  rowsOf,
  seedPerson,
} from './support/teams';

const admin = seedPerson(20);
const ada = seedPerson(21);
const bob = seedPerson(22);

test('creates a team with its admin, then adds two members at once', async ({
  page,
}) => {
  // Two dialogs and a page checked with axe, a create and an add: the
  // longest flow here, given the time of three on a busy machine.
  test.slow();
  await openTeams(page);
  await page.getByRole('button', { name: 'Create team' }).click();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await createTeam(page, 'launch-crew', admin);
  await expect(
    page.getByRole('status').filter({ hasText: 'Created launch-crew' }),
  ).toBeVisible();
  await expect(
    page.getByRole('combobox', { name: `Role of ${admin.userName}` }),
  ).toHaveText('admin');

  await page.getByRole('button', { name: 'Add members' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add members' });
  await pickUser(page, 'Users', ada);
  await pickUser(page, 'Users', bob);
  await expect(dialog.getByRole('combobox', { name: 'Team role' })).toHaveText(
    'member',
  );
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();

  await expect(
    page.getByRole('status').filter({ hasText: 'Added' }),
  ).toContainText(`${ada.userName} and ${bob.userName}`);
  await page.reload();
  await expect(rowsOf(page, 'Members')).toHaveCount(3);
  for (const person of [ada, bob]) {
    await expect(
      page.getByRole('combobox', { name: `Role of ${person.userName}` }),
    ).toHaveText('member');
  }
});

test('changes a member’s role and removes another; both survive a reload', async ({
  page,
}) => {
  await openNewTeam(page, 'launch-crew', [admin, ada, bob]);
  const adaRole = page.getByRole('combobox', {
    name: `Role of ${ada.userName}`,
  });

  await adaRole.click();
  await page.getByRole('option', { name: 'viewer', exact: true }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'is now viewer' }),
  ).toBeVisible();
  await expect(adaRole).toHaveText('viewer');

  await memberRow(page, bob.userName)
    .getByRole('button', { name: `Remove ${bob.userName}` })
    .click();
  const confirm = page.getByRole('dialog', {
    name: `Remove ${bob.userName} from launch-crew?`,
  });
  await expect(confirm).toContainText('stay in the organization');
  await expectNoAxeViolations(page);
  await confirm.getByRole('button', { name: 'Remove' }).click();
  await expect(memberRow(page, bob.userName)).toHaveCount(0);

  await page.reload();
  await expect(rowsOf(page, 'Members')).toHaveCount(2);
  await expect(adaRole).toHaveText('viewer');
  await page.mouse.move(0, 0);
  await expectNoAxeViolations(page);
});

test('adding someone already in the team changes nothing and says so', async ({
  page,
}) => {
  await openNewTeam(page, 'repeaters', [admin]);

  await page.getByRole('button', { name: 'Add members' }).click();
  await pickUser(page, 'Users', admin);
  await page
    .getByRole('dialog', { name: 'Add members' })
    .getByRole('button', { name: 'Add', exact: true })
    .click();

  await expect(
    page.getByRole('status').filter({ hasText: 'Nothing to add' }),
  ).toContainText(`${admin.userName} was already in the team`);
  await expect(rowsOf(page, 'Members')).toHaveCount(1);
});

test('warns before the last team admin is demoted or removed', async ({
  page,
}) => {
  await openNewTeam(page, 'solo-admin', [admin]);

  await page
    .getByRole('combobox', { name: `Role of ${admin.userName}` })
    .click();
  await page.getByRole('option', { name: 'member', exact: true }).click();
  const demote = page.getByRole('dialog', {
    name: `Make ${admin.userName} member?`,
  });
  await expect(demote).toContainText('without a team admin');
  await expectNoAxeViolations(page);
  await demote.getByRole('button', { name: 'Cancel' }).click();
  await expect(
    page.getByRole('combobox', { name: `Role of ${admin.userName}` }),
  ).toHaveText('admin');

  await memberRow(page, admin.userName)
    .getByRole('button', { name: `Remove ${admin.userName}` })
    .click();
  const remove = page.getByRole('dialog', {
    name: `Remove ${admin.userName} from solo-admin?`,
  });
  await expect(remove).toContainText('without a team admin');
  await remove.getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByText('No members yet')).toBeVisible();
});

test('a refused bucket provider shows the server’s words on the field and keeps the form', async ({
  page,
  consoleGuard,
}) => {
  consoleGuard.expect(/400/);
  await openTeams(page);
  await page.getByRole('button', { name: 'Create team' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create team' });
  await dialog.getByRole('textbox', { name: 'Team name' }).fill('own-bucket');
  await pickUser(page, 'Team admin', admin);
  await dialog
    .getByRole('switch', { name: 'Use the team’s own storage bucket' })
    .check();
  await dialog.getByRole('textbox', { name: 'Bucket name' }).fill('runs');
  await dialog.getByRole('combobox', { name: 'Provider' }).fill('S3');
  await dialog.getByRole('button', { name: 'Create team' }).click();

  const provider = dialog.getByRole('combobox', { name: 'Provider' });
  await expect(provider).toHaveAccessibleDescription(
    /COREWEAVE, AWS, AZURE, GCP, MINIO/,
  );
  await expect(provider).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByRole('textbox', { name: 'Team name' })).toHaveValue(
    'own-bucket',
  );
  await expect(
    dialog.getByRole('combobox', { name: 'Team admin' }),
  ).toHaveValue(admin.userName);
  await expectNoAxeViolations(page);

  await provider.fill('AWS');
  await dialog.getByRole('button', { name: 'Create team' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'own-bucket' }),
  ).toBeVisible();
  await expect(page.getByText('runs (AWS)')).toBeVisible();
});

test('a change the team got meanwhile (412) becomes a choice: re-apply', async ({
  page,
  demo,
  consoleGuard,
}) => {
  consoleGuard.expect(/412/);
  await openNewTeam(page, 'contested', [admin, ada]);
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
    .getByRole('dialog', { name: `Remove ${ada.userName} from contested?` })
    .getByRole('button', { name: 'Remove' })
    .click();

  const choice = page.getByRole('dialog', { name: 'Changed by someone else' });
  await expect(choice).toContainText('your change was not applied');
  await choice.getByRole('button', { name: 'Re-apply' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Removed ${ada.userName}` }),
  ).toBeVisible();
  await expect(memberRow(page, ada.userName)).toHaveCount(0);
});
