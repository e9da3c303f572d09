// Gzipped JS of the console's first load on /users, from Vite's manifest.
// Live mode loads the small entry, the console it starts at once, and the
// users screen, with everything they import. Demo mode adds the demo
// server's worker, which runs beside the page rather than in it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

function closure(manifest, keys, seen = new Set()) {
  for (const key of keys) {
    if (seen.has(key) || !manifest[key]) continue;
    seen.add(key);
    closure(manifest, manifest[key].imports ?? [], seen);
  }
  return seen;
}

function gzipped(dist, manifest, keys) {
  let bytes = 0;
  for (const key of keys) {
    const file = manifest[key]?.file;
    if (file?.endsWith('.js'))
      bytes += gzipSync(readFileSync(join(dist, file))).length;
  }
  return bytes;
}

function keyOf(manifest, suffix) {
  return Object.keys(manifest).find(
    (key) => manifest[key].src?.endsWith(suffix) ?? key.endsWith(suffix),
  );
}

export function firstLoadJs(dist) {
  const manifest = JSON.parse(
    readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'),
  );
  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
  const live = closure(
    manifest,
    [
      entry,
      keyOf(manifest, 'app/start.tsx'),
      keyOf(manifest, 'features/users/users-page.tsx'),
    ].filter(Boolean),
  );
  const worker = keyOf(manifest, 'mocks/worker.ts');
  // Only what demo mode loads on top of live mode's first load.
  const demo = [...closure(manifest, [worker].filter(Boolean))].filter(
    (key) => !live.has(key),
  );
  return {
    liveGzipBytes: gzipped(dist, manifest, live),
    demoGzipBytes: gzipped(dist, manifest, demo),
  };
}
