// Gzipped JS of the console's first load on /users, from Vite's manifest:
// live mode loads the entry and the users screen; demo mode adds the mock.
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

export function firstLoadJs(dist) {
  const manifest = JSON.parse(
    readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'),
  );
  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
  const screen = Object.keys(manifest).find((key) =>
    key.endsWith('features/users/users-page.tsx'),
  );
  const mock = Object.keys(manifest).find((key) =>
    key.endsWith('mocks/browser.ts'),
  );
  const live = closure(manifest, [entry, screen].filter(Boolean));
  const demo = closure(manifest, [mock].filter(Boolean), new Set(live));
  return {
    liveGzipBytes: gzipped(dist, manifest, live),
    demoGzipBytes: gzipped(dist, manifest, demo),
  };
}
