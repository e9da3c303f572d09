import { paths } from '../src/config/paths';
import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { openRoles, serverUsers } from './support/roles';

test("a user's page shows what they may do in a team where they hold a custom role", async ({
  page,
}) => {
  await openRoles(page);
  const holder = (await serverUsers(page))
    .map((user) => ({
      ...user,
      teamName: user.teamRoles.find((r) => r.roleName === 'Run operator')
        ?.teamName,
    }))
    .find((user) => user.active && user.teamName !== undefined);
  if (!holder) throw new Error('the seed has active holders of Run operator');

  await page.goto(paths.user(holder.id));

  await expect(
    page.getByRole('heading', { name: 'Effective permissions' }),
  ).toBeVisible();
  const team = page.getByRole('region', {
    name: `Permissions in ${holder.teamName}`,
  });
  await expect(
    team.getByRole('list', { name: 'Added by Run operator' }),
  ).toHaveText('run:stop');
  await expect(
    team
      .getByRole('list', { name: 'Inherited from Viewer' })
      .getByRole('listitem'),
  ).toHaveCount(7);
  await expectNoAxeViolations(page);
});
