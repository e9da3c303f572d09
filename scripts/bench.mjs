// npm run bench: the console's list screen against the floor page, in one
// run, interleaved, on fresh browser contexts. A benchmark, not a test.
import { execSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromium } from '@playwright/test';

import { firstLoadJs } from './bench/bundle-size.mjs';
import { heapAfterGc, median, RECORDER, timeSearch } from './bench/measure.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Map(
  process.argv.slice(2).map((arg) => arg.replace(/^--/, '').split('=')),
);
const sizes = (args.get('sizes') ?? '10000,100000').split(',').map(Number);
const runs = Number(args.get('runs') ?? 5);
const query = 'lovelace';
const dist = join(root, 'dist-bench');
const floorPath = resolve(
  root,
  process.env.FLOOR_HTML ?? '../shared/bench/floor.html',
);
// The targets the console holds itself to, by size and metric: a ratio to
// the floor page, or an absolute figure.
const TARGETS = {
  10000: {
    rowsMs: { ratio: 2.5 },
    searchMs: { ratio: 3 },
    heapBytes: { max: 12 * 1024 * 1024 },
  },
  100000: { rowsMs: { max: 1500 }, searchMs: { max: 150 } },
};
const LIVE_JS_TARGET = 200 * 1024;

const CONSOLE_PORT = 4391;
const FLOOR_PORT = 4392;

if (!existsSync(floorPath)) {
  console.error(`No floor page at ${floorPath}; set FLOOR_HTML.`);
  process.exit(1);
}
if (!args.has('no-build')) {
  execSync(`npx vite build --outDir ${dist} --emptyOutDir --manifest`, {
    cwd: root,
    stdio: 'inherit',
  });
}

const preview = spawn(
  'npx',
  [
    'vite',
    'preview',
    '--outDir',
    dist,
    '--port',
    String(CONSOLE_PORT),
    '--strictPort',
    '--host',
    '127.0.0.1',
    '--bypass-lock',
  ],
  { cwd: root, stdio: 'ignore' },
);
const floorHtml = readFileSync(floorPath);
const floorServer = createServer((_, response) => {
  response.writeHead(200, { 'Content-Type': 'text/html' });
  response.end(floorHtml);
}).listen(FLOOR_PORT, '127.0.0.1');

async function waitForServer(url) {
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not start`);
}

const targets = {
  console: {
    url: () => `http://127.0.0.1:${CONSOLE_PORT}/users`,
    rows: 'table[aria-label="Users"] tbody tr',
    input: 'input[type="search"]',
    settings: (size) =>
      `localStorage.setItem('scim-console:demo-settings:v1', JSON.stringify({ size: ${size} }));`,
  },
  floor: {
    url: (size) => `http://127.0.0.1:${FLOOR_PORT}/floor.html?n=${size}`,
    rows: '#users tbody tr',
    input: '#q',
    settings: () => '',
  },
};

async function measure(browser, target, size) {
  const context = await browser.newContext();
  await context.addInitScript(
    `window.__benchRows = ${JSON.stringify(target.rows)};${target.settings(size)}${RECORDER}`,
  );
  const page = await context.newPage();
  await page.goto(target.url(size));
  await page.waitForFunction(() => window.__rowsAt !== undefined, null, {
    timeout: 120_000,
  });
  const rowsMs = await page.evaluate(() => window.__rowsAt);
  const heapBytes = await heapAfterGc(page);
  const searchMs = await timeSearch(page, {
    input: target.input,
    rows: target.rows,
    query,
  });
  await context.close();
  return { rowsMs, searchMs, heapBytes };
}

try {
  await waitForServer(targets.console.url());
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const results = { date: new Date().toISOString(), runs, query, sizes: {} };

  for (const size of sizes) {
    const samples = { console: [], floor: [] };
    for (let run = 0; run < runs; run += 1) {
      for (const name of ['console', 'floor']) {
        samples[name].push(await measure(browser, targets[name], size));
      }
    }
    const summary = {};
    for (const name of ['console', 'floor']) {
      summary[name] = Object.fromEntries(
        ['rowsMs', 'searchMs', 'heapBytes'].map((key) => [
          key,
          median(samples[name].map((sample) => sample[key])),
        ]),
      );
    }
    results.sizes[size] = { ...summary, samples };
  }
  await browser.close();
  results.firstLoadJs = firstLoadJs(dist);

  printTable(results);
  mkdirSync(join(root, 'reports'), { recursive: true });
  writeFileSync(
    join(root, 'reports', 'bench.json'),
    JSON.stringify(results, null, 2),
  );
  console.log('\nWrote reports/bench.json');
} finally {
  preview.kill();
  floorServer.close();
}

function verdict(target, value, ratio, format) {
  if (!target) return ['', ''];
  const met = target.ratio ? ratio <= target.ratio : value <= target.max;
  const wanted = target.ratio
    ? `≤ ${target.ratio}×`
    : `≤ ${format(target.max)}`;
  return [wanted, met ? 'met' : 'not met'];
}

function printTable(results) {
  const ms = (v) => `${v.toFixed(0)} ms`;
  const mb = (v) => `${(v / 1024 / 1024).toFixed(1)} MB`;
  console.log(
    `\nMedians of ${results.runs} runs each, interleaved, fresh contexts:\n`,
  );
  console.log(
    'users    | metric         | console   | floor     | ratio | target    | verdict',
  );
  console.log(
    '---------|----------------|-----------|-----------|-------|-----------|--------',
  );
  for (const [size, { console: c, floor: f }] of Object.entries(
    results.sizes,
  )) {
    for (const [key, label, format] of [
      ['rowsMs', 'rows painted', ms],
      ['searchMs', 'search painted', ms],
      ['heapBytes', 'JS heap', mb],
    ]) {
      const ratio = c[key] / f[key];
      const [wanted, met] = verdict(
        TARGETS[size]?.[key],
        c[key],
        ratio,
        format,
      );
      console.log(
        `${String(size).padEnd(8)} | ${label.padEnd(14)} | ${format(c[key]).padEnd(9)} | ${format(f[key]).padEnd(9)} | ${`${ratio.toFixed(1)}×`.padEnd(5)} | ${wanted.padEnd(9)} | ${met}`,
      );
    }
  }
  const kb = (v) => `${(v / 1024).toFixed(0)} KB`;
  const live = results.firstLoadJs.liveGzipBytes;
  console.log(
    `\nFirst-load JS (gzip): live mode ${kb(live)} (target ≤ ${kb(LIVE_JS_TARGET)}: ${live <= LIVE_JS_TARGET ? 'met' : 'not met'}), demo mode ${kb(live + results.firstLoadJs.demoGzipBytes)} (of which ${kb(results.firstLoadJs.demoGzipBytes)} in the demo server's worker)`,
  );
}
