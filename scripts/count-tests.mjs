// Prints "N passed, N failed" over the Vitest and Playwright JSON reports.
import { existsSync, readFileSync } from 'node:fs';

const [unitPath, e2ePath] = process.argv.slice(2);

function read(path) {
  if (!path || !existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

const unit = read(unitPath);
const e2e = read(e2ePath);

const passed =
  (unit?.numPassedTests ?? 0) +
  (e2e?.stats?.expected ?? 0) +
  (e2e?.stats?.flaky ?? 0);
const failed = (unit?.numFailedTests ?? 0) + (e2e?.stats?.unexpected ?? 0);

console.log(`${passed} passed, ${failed} failed`);
