// `npm run conformance`: runs Microsoft's SCIM Postman collection with
// newman against the mock server, in the rfc profile (every folder must
// pass) and in the wandb profile (the folders W&B's own server would pass),
// and prints the counts. Exits non-zero when a profile does not do what
// scripts/conformance/expectations.ts says.
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';

import { createMockHttpServer } from '../src/mocks/http-server';
import { MockStore } from '../src/mocks/store';
import { EXPECTED } from './conformance/expectations';
import { type FolderResult, runCollection } from './conformance/run-collection';

const collection =
  process.env.CONFORMANCE_COLLECTION ??
  resolve(
    '..',
    'shared',
    'conformance',
    'microsoft-scim.postman_collection.json',
  );

async function runProfile(
  profile: 'rfc' | 'wandb',
): Promise<{ ok: boolean; passed: number; total: number }> {
  const store = new MockStore();
  store.updateSettings({
    profile,
    deployment: 'dedicated',
    generation: 'current',
  });
  // The collection counts the users it creates, so it starts from nobody.
  store.state = {
    users: [],
    teams: [],
    roles: [],
    serviceAccounts: [],
    clock: 1,
  };
  const server = createMockHttpServer({
    store,
    apiKey: 'conformance-key',
    issueTokens: true,
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;

  try {
    const folders = await runCollection(collection, `http://127.0.0.1:${port}`);
    return report(profile, folders);
  } finally {
    server.close();
  }
}

function report(profile: 'rfc' | 'wandb', folders: FolderResult[]) {
  const expected = new Set(EXPECTED[profile].passing);
  const known = EXPECTED[profile].knownFailures;
  const isKnown = (failure: string) =>
    known.some((allowed) => failure.startsWith(`${allowed} (`));
  let passed = 0;
  let total = 0;
  let ok = true;
  console.log(
    `\nMicrosoft SCIM collection against the mock, ${profile} profile:`,
  );
  for (const folder of folders) {
    passed += folder.passed;
    total += folder.passed + folder.failed.length;
    const passes = folder.failed.length === 0;
    const explained =
      !passes && known.length > 0 && folder.failed.every(isKnown);
    const surprise = expected.has(folder.folder)
      ? !passes
      : passes || (known.length > 0 && !explained);
    if (surprise) ok = false;
    const mark = passes ? 'pass' : explained ? 'known' : 'FAIL';
    const note = surprise
      ? passes
        ? '  (expected to fail: update the expectations)'
        : '  (unexpected)'
      : '';
    console.log(
      `  ${mark}  ${folder.folder}: ${folder.passed}/${folder.passed + folder.failed.length}${note}`,
    );
    if (!passes && (surprise || process.env.CONFORMANCE_VERBOSE)) {
      for (const failure of folder.failed) console.log(`          ${failure}`);
    }
  }
  return { ok, passed, total };
}

if (!existsSync(collection)) {
  console.error(`No collection at ${collection}; set CONFORMANCE_COLLECTION.`);
  process.exit(1);
}
const rfc = await runProfile('rfc');
const wandb = await runProfile('wandb');
console.log(
  `\nconformance: rfc ${rfc.passed}/${rfc.total} assertions passed; wandb ${wandb.passed}/${wandb.total} (the folders W&B's server would pass)`,
);
process.exit(rfc.ok && wandb.ok ? 0 : 1);
