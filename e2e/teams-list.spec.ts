import { paths } from '../src/config/paths';
import { createSeed } from '../src/mocks/seed';
import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { openTeams, rowsOf } from './support/teams';

test('lists every team with its member count and admins', async ({ page }) => {
  await openTeams(page);

  await expect(rowsOf(page, 'Teams')).toHaveCount(createSeed().teams.length);
  const vision = rowsOf(page, 'Teams').filter({
    has: page.getByRole('link', { name: 'vision', exact: true }),
  });
  await expect(vision.getByRole('cell').nth(1)).toHaveText(/^\d+$/);
  await expect(vision.getByRole('cell').nth(2)).not.toHaveText('…');
  await expectNoAxeViolations(page);
});

test('search and order live in the URL and survive a reload', async ({
  page,
}) => {
  await openTeams(page);

  const search = page.getByRole('searchbox', { name: 'Search teams' });
  await search.pressSequentially('ION');
  await expect(search).toHaveValue('ION');
  await expect(page).toHaveURL(/q=ION/);
  await expect(rowsOf(page, 'Teams')).toHaveCount(1);
  await expect(rowsOf(page, 'Teams')).toContainText('vision');

  await page.goto(paths.teams({ sort: 'members', dir: 'desc' }));
  const counts = (await rowsOf(page, 'Teams').allInnerTexts()).map((row) =>
    Number(row.split('\t')[1]),
  );
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
  await expect(
    page.getByRole('columnheader', { name: 'Members' }),
  ).toHaveAttribute('aria-sort', 'descending');
});

test('a team link opens its page, and the page can be linked to', async ({
  page,
}) => {
  await openTeams(page);
  await page.getByRole('link', { name: 'nlp', exact: true }).click();

  await expect(
    page.getByRole('heading', { level: 1, name: 'nlp' }),
  ).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Members' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.getByText('cannot be deleted')).toBeVisible();
  // The pointer rests on a hovered row after the click; axe judges the page
  // at rest.
  await page.mouse.move(0, 0);
  await expectNoAxeViolations(page);

  const url = page.url();
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: 'nlp' }),
  ).toBeVisible();
  expect(page.url()).toBe(url);
});

test('an unknown team id says so', async ({ page, consoleGuard }) => {
  consoleGuard.expect(/404/);
  await page.goto(paths.team('no-such-team'));

  await expect(page.getByRole('alert')).toContainText('No such team.');
});

test('a team found by typing opens at once, and Back returns to the search', async ({
  page,
}) => {
  await openTeams(page);

  await page
    .getByRole('searchbox', { name: 'Search teams' })
    .pressSequentially('vis');
  await page.getByRole('link', { name: 'vision', exact: true }).click();

  await expect(
    page.getByRole('heading', { level: 1, name: 'vision' }),
  ).toBeVisible();
  await page.goBack();
  await expect(
    page.getByRole('searchbox', { name: 'Search teams' }),
  ).toHaveValue('vis');
});
