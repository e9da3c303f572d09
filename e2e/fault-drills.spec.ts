import { paths } from '../src/config/paths';
import { expect, test } from './support/fixtures';
import { openUsers, userRows } from './support/users';

const DRILL_DETAIL = 'The demo server failed this request on purpose';

test('with 10% of requests failing, every failed write is reported and the others applied, none half-done', async ({
  page,
  consoleGuard,
}) => {
  test.slow();
  consoleGuard.expect(/503/);
  await page.goto(paths.settings());
  await page.getByRole('combobox', { name: 'Error rate' }).click();
  await page.getByRole('option', { name: '10%' }).click();
  // A reload ends the drill, so the rest happens inside the page.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Users' })
    .click();
  await expect(userRows(page).first()).toBeVisible({ timeout: 20_000 });
  await page.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'Active', exact: true }).click();
  await expect(page).toHaveURL(/status=active/);
  const names = await userRows(page).getByRole('link').allInnerTexts();

  await page
    .getByRole('checkbox', { name: 'Select all users on this page' })
    .check();
  await page.getByRole('button', { name: 'Deactivate selected' }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: 'Deactivate' })
    .click();

  const results = page.getByRole('region', { name: /^Deactivate: \d+ users$/ });
  await expect(
    results.getByRole('progressbar', { name: 'Bulk action progress' }),
  ).toHaveAttribute('aria-valuenow', '100', { timeout: 60_000 });
  const summary = results
    .getByText(/\d+ done, \d+ failed, \d+ skipped/)
    .first();
  const [done = -1, failed = -1, skipped = -1] = (
    (await summary.innerText()).match(/\d+/g) ?? []
  ).map(Number);
  await expect(
    page.getByText(`Failed: ${DRILL_DETAIL}`, { exact: false }),
  ).toHaveCount(failed);

  await page.reload();
  await openUsers(page);
  const server = await page.evaluate(async () => {
    const response = await fetch('/scim/Users');
    const body = (await response.json()) as {
      Resources: { userName: string; active: boolean }[];
    };
    return body.Resources;
  });
  const deactivated = server.filter(
    (user) => names.includes(user.userName) && !user.active,
  ).length;
  expect(done + failed + skipped).toBe(names.length);
  expect(deactivated).toBe(done);
});

test('an unreachable server shows a banner that goes once it answers again', async ({
  page,
  consoleGuard,
}) => {
  consoleGuard.expect(/Failed to fetch|ERR_FAILED|net::/);
  await openUsers(page);
  await page.evaluate(() => window.scimDemo?.setFaultSwitch({ offline: true }));

  await userRows(page).first().getByRole('link').click();

  const banner = page
    .getByRole('alert')
    .filter({ hasText: 'cannot be reached' });
  await expect(banner).toBeVisible({ timeout: 20_000 });
  await page.evaluate(() =>
    window.scimDemo?.setFaultSwitch({ offline: false }),
  );
  await banner.getByRole('button', { name: 'Retry' }).click();
  await expect(banner).toHaveCount(0);
});
