import { paths } from '../../src/config/paths';
import { expect, test } from '../support/fixtures';
import { liveServers } from '../support/live-servers';
import { openUsers, rowOf, userRows } from '../support/users';

// The console served with SCIM_URL in front of `npm run mock-server`
// (rfc profile, 250 users): every request goes through the local proxy.

test('lists the users of the live server, a page per request', async ({
  page,
}) => {
  const firstPage = page.waitForRequest(
    (request) =>
      request.url().includes('/scim/Users?') &&
      request.url().includes('count=50'),
  );
  await openUsers(page);

  const asked = new URL((await firstPage).url()).searchParams;
  expect(asked.get('startIndex')).toBe('1');
  expect(asked.get('sortBy')).toBe('userName');
  await expect(
    page.getByLabel(/^Server: Live: 127\.0\.0\.1:\d+/),
  ).toBeVisible();
  await expect(userRows(page)).toHaveCount(50);
  await expect(page.getByText(/^1–50 of \d+$/)).toBeVisible();

  const nextPage = page.waitForRequest((request) =>
    request.url().includes('startIndex=51'),
  );
  await page.getByRole('button', { name: 'Go to next page' }).click();
  await nextPage;
  await expect(page.getByText(/^51–100 of \d+$/)).toBeVisible();
});

test('searches on the server', async ({ page }) => {
  await openUsers(page);

  const search = page.waitForResponse((response) => {
    const filter = new URL(response.url()).searchParams.get('filter') ?? '';
    return filter.includes('userName co "lovelace"');
  });
  await page.getByRole('searchbox', { name: 'Search users' }).fill('lovelace');
  const answer = (await (await search).json()) as { totalResults: number };

  expect(answer.totalResults).toBeGreaterThan(0);
  await expect(userRows(page)).toHaveCount(Math.min(answer.totalResults, 50));
  for (const text of await userRows(page).allInnerTexts()) {
    expect(text.toLowerCase()).toContain('lovelace');
  }
});

test('deactivates a user on the live server', async ({ page, request }) => {
  await openUsers(
    page,
    paths.users({
      status: 'active',
      role: 'member',
      sort: 'userName',
      dir: 'desc',
    }),
  );
  const userName = await userRows(page).first().getByRole('link').innerText();

  await rowOf(page, userName)
    .getByRole('button', { name: `Deactivate ${userName}` })
    .click();
  await page
    .getByRole('dialog', { name: `Deactivate ${userName}?` })
    .getByRole('button', { name: 'Deactivate' })
    .click();

  await expect(
    page.getByRole('status').filter({ hasText: `Deactivated ${userName}.` }),
  ).toBeVisible();
  await expect(rowOf(page, userName)).toContainText('Deactivated');
  const held = await request.get(
    `${liveServers.mockScim}/Users?filter=${encodeURIComponent(`userName eq "${userName}"`)}`,
    { headers: { Authorization: `Bearer ${liveServers.key}` } },
  );
  expect((await held.json()) as unknown).toMatchObject({
    Resources: [{ userName, active: false }],
  });
});

test('the key never reaches the page', async ({ page }) => {
  await openUsers(page);
  const config = await page.evaluate(async () =>
    (await fetch('/__console/config.json')).text(),
  );
  const stored = await page.evaluate(() =>
    JSON.stringify({ ...localStorage, ...sessionStorage }),
  );

  for (const text of [config, stored, await page.content(), page.url()]) {
    expect(text).not.toContain(liveServers.key);
  }
});
