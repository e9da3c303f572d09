// Measures a 10,000-member team in the production build, demo mode: the time
// to the first member rows, the longest task while the team opens, frame
// times while the page scrolls, and the time to show the next page, the last
// page and a search. Not a test: it prints figures. Usage:
//   node scripts/bench-team.mjs [--url http://127.0.0.1:4173] [--runs 3]
// Without --url it builds into dist-bench-team (a folder of its own) and
// serves it on a free port.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

import { chromium } from '@playwright/test';

const MEMBERS = 10_000;
const ROWS = 'table[aria-label="Members"] tbody tr';
const args = new Map(
  process.argv
    .slice(2)
    .flatMap((arg, i, all) =>
      arg.startsWith('--') ? [[arg.slice(2), all[i + 1] ?? '']] : [],
    ),
);
const runs = Number(args.get('runs')) || 3;

const server = args.get('url') ? null : await serveBuild();
const base = args.get('url') || server.url;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
});

try {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
  });
  // Records every long task (over 50 ms: the page could not answer input).
  await context.addInitScript(() => {
    window.__bench = { longTasks: [] };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        window.__bench.longTasks.push(entry.duration);
      }
    }).observe({ type: 'longtask', buffered: true });
  });
  await setOrganizationSize(context);

  const results = [];
  for (let run = 0; run < runs; run += 1) {
    results.push(await measure(await context.newPage()));
  }
  report(results);
  await reportFloor(context);
} finally {
  await browser.close();
  server?.stop();
}

/** The demo organization of 10,000 users, kept in the browser's settings. */
async function setOrganizationSize(context) {
  const page = await context.newPage();
  await page.goto(`${base}/settings`);
  await page.waitForFunction(() => window.scimDemo !== undefined);
  await page.evaluate(
    (size) => window.scimDemo.updateSettings({ size }),
    MEMBERS,
  );
  await page.close();
}

/**
 * One cold open: a fresh page on /settings (which reads no users or teams),
 * the 10,000-member team built in the demo server's memory, then the way an
 * admin goes: Teams, then the team's link.
 */
async function measure(page) {
  await page.goto(`${base}/settings`);
  await page.waitForFunction(() => window.scimDemo !== undefined);
  await page.evaluate(
    (size) => window.scimDemo.createLargeTeam('bench-10k', size),
    MEMBERS,
  );

  const teamsList = await timeTo(
    page,
    () => page.getByRole('link', { name: 'Teams', exact: true }).click(),
    'table[aria-label="Teams"] tbody tr a',
  );
  const link = page.getByRole('link', { name: 'bench-10k', exact: true });
  await page.getByRole('searchbox', { name: 'Search teams' }).fill('bench');
  await link.waitFor();
  await page.evaluate(() => (window.__bench.longTasks = []));
  const firstRows = await timeTo(page, () => link.click(), ROWS);
  // Roles come with the users list: wait until each visible row shows one.
  await page.waitForFunction(
    (rows) =>
      ![...document.querySelectorAll(rows)].some((row) =>
        row.textContent.includes('…'),
      ),
    ROWS,
  );
  const longest = await page.evaluate(() =>
    Math.max(0, ...window.__bench.longTasks),
  );

  const scroll = await page.evaluate(scrollToBottom);
  const nextPage = await timeToChange(page, () =>
    page.getByRole('button', { name: 'Go to next page' }).click(),
  );
  const lastPage = await timeToChange(page, () =>
    page.getByRole('button', { name: 'Go to last page' }).click(),
  );
  const search = await timeToChange(page, () =>
    page.getByRole('searchbox', { name: 'Search members' }).fill('zo'),
  );
  await page.close();
  return { teamsList, firstRows, longest, scroll, nextPage, lastPage, search };
}

// Milliseconds from an action until `selector` matches in the page.
async function timeTo(page, action, selector) {
  await page.evaluate(() => (window.__bench.started = performance.now()));
  await action();
  await page.waitForSelector(selector);
  return page.evaluate(() => performance.now() - window.__bench.started);
}

// Milliseconds from an action until the first member row shows another text.
async function timeToChange(page, action) {
  const before = await page.locator(ROWS).first().textContent();
  await page.evaluate(() => (window.__bench.started = performance.now()));
  await action();
  await page.waitForFunction(
    ([rows, text]) => document.querySelector(rows)?.textContent !== text,
    [ROWS, before],
  );
  return page.evaluate(() => performance.now() - window.__bench.started);
}

// Scrolls the window to the bottom by 120 px a frame, recording frame times.
function scrollToBottom() {
  return new Promise((resolve) => {
    const frames = [];
    const started = performance.now();
    let last = started;
    const step = (now) => {
      frames.push(now - last);
      last = now;
      const end = document.documentElement.scrollHeight - 1;
      if (window.innerHeight + window.scrollY >= end) {
        frames.sort((a, b) => a - b);
        resolve({
          ms: now - started,
          worstFrame: frames.at(-1) ?? 0,
          p95Frame: frames[Math.floor(frames.length * 0.95)] ?? 0,
        });
        return;
      }
      window.scrollBy(0, 120);
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
}

function report(results) {
  const median = (pick) => {
    const values = results.map(pick).sort((a, b) => a - b);
    return Math.round(values[Math.floor(values.length / 2)]);
  };
  console.log(`${MEMBERS}-member team, ${results.length} cold runs, medians:`);
  console.table({
    'teams list: first rows after the Teams link (ms)': median(
      (r) => r.teamsList,
    ),
    'team page: first member rows after its link (ms)': median(
      (r) => r.firstRows,
    ),
    'longest task while the team opens (ms)': median((r) => r.longest),
    'scroll to the bottom, total (ms)': median((r) => r.scroll.ms),
    'scroll: worst frame (ms)': median((r) => r.scroll.worstFrame),
    'scroll: 95th percentile frame (ms)': median((r) => r.scroll.p95Frame),
    'next page of members (ms)': median((r) => r.nextPage),
    'last page of members (ms)': median((r) => r.lastPage),
    'search members "zo" (ms)': median((r) => r.search),
  });
}

// The shared plain-table floor page, in the same browser, as a yardstick.
async function reportFloor(context) {
  const floor = new URL('../../shared/bench/floor.html', import.meta.url);
  if (!existsSync(floor)) return;
  const page = await context.newPage();
  await page.goto(`${floor.href}?n=${MEMBERS}`);
  await page.waitForSelector('tr.row');
  const ms = Math.round(await page.evaluate(() => performance.now()));
  console.log(`floor.html, ${MEMBERS} rows generated: first rows at ${ms} ms`);
}

async function serveBuild() {
  const build = spawnSync(
    'npx',
    ['vite', 'build', '--outDir', 'dist-bench-team', '--emptyOutDir'],
    { stdio: 'ignore' },
  );
  if (build.status !== 0) throw new Error('vite build failed');
  const port = await freePort();
  // --bypass-lock: other previews of this checkout may be running.
  const child = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--outDir',
      'dist-bench-team',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
      '--bypass-lock',
    ],
    { stdio: 'ignore', detached: true },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 150; i += 1) {
    if (
      await fetch(url).then(
        () => true,
        () => false,
      )
    )
      break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url, stop: () => process.kill(-child.pid) };
}

function freePort() {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}
