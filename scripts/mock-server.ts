// Serves the mock SCIM server over HTTP: `npm run mock-server -- --profile rfc`.
// Flags (or env): --profile wandb|rfc (MOCK_PROFILE), --deployment
// dedicated|multi-tenant, --generation current|legacy, --size N, --empty
// (no users, teams or roles), --issue-tokens (GET /scim/Token answers the
// key, for Microsoft's collection); PORT (default 4010), HOST (127.0.0.1);
// MOCK_SCIM_API_KEY, when set, is the key callers must present.
import { parseArgs } from 'node:util';

import { createMockHttpServer } from '../src/mocks/http-server';
import type { MockSettings } from '../src/mocks/model';
import { MockStore } from '../src/mocks/store';

const { values } = parseArgs({
  options: {
    profile: { type: 'string', default: process.env.MOCK_PROFILE ?? 'wandb' },
    deployment: { type: 'string', default: 'dedicated' },
    generation: { type: 'string', default: 'current' },
    size: { type: 'string' },
    empty: { type: 'boolean', default: false },
    'issue-tokens': { type: 'boolean', default: false },
  },
});

function choice<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
): T {
  if ((allowed as readonly string[]).includes(value ?? '')) return value as T;
  console.error(`--${name} must be one of: ${allowed.join(', ')}.`);
  process.exit(2);
}

const settings: Partial<MockSettings> = {
  profile: choice('profile', values.profile, ['wandb', 'rfc'] as const),
  deployment: choice('deployment', values.deployment, [
    'dedicated',
    'multi-tenant',
  ] as const),
  generation: choice('generation', values.generation, [
    'current',
    'legacy',
  ] as const),
  ...(values.size ? { size: Number(values.size) } : {}),
};

const store = new MockStore();
store.updateSettings(settings);
if (values.empty) {
  // Test collections such as Microsoft's count what they create.
  store.state = {
    users: [],
    teams: [],
    roles: [],
    serviceAccounts: [],
    clock: 1,
  };
}

const port = Number(process.env.PORT) || 4010;
const host = process.env.HOST ?? '127.0.0.1';
const server = createMockHttpServer({
  store,
  apiKey: process.env.MOCK_SCIM_API_KEY || undefined,
  issueTokens: values['issue-tokens'],
});

server.listen(port, host, () => {
  const organization = values.empty
    ? 'an empty organization'
    : `${store.state.users.length} users`;
  console.log(
    `Mock SCIM server (${settings.profile}, ${settings.deployment}, ${settings.generation}) with ${organization} at http://${host}:${port}/scim`,
  );
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
