import { defineConfig, devices } from '@playwright/test';

import { liveServers } from './e2e/support/live-servers';

const port = Number(process.env.E2E_PORT) || 4311;
const baseURL = `http://127.0.0.1:${port}`;
// Separate build and result folders let several runs share one checkout.
const dist = process.env.E2E_DIST ?? 'dist';
// Live mode: the same build served with SCIM_URL, in front of the mock
// server (rfc profile) over HTTP, on ports of their own.
const { consolePort: livePort, mockPort, key: liveKey } = liveServers;

/** End-to-end tests drive the production build in Debian's Chromium. */
export default defineConfig({
  testDir: 'e2e',
  outputDir: process.env.E2E_OUT ?? 'test-results',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.E2E_REPORT
    ? [['list'], ['json', { outputFile: process.env.E2E_REPORT }]]
    : [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: 'live/**',
      use: { ...devices['Desktop Chrome'] },
    },
    {
      name: 'live',
      testMatch: 'live/**/*.spec.ts',
      use: {
        ...devices['Desktop Chrome'],
        baseURL: `http://127.0.0.1:${livePort}`,
      },
    },
  ],
  // Started one after the other: the live console serves the build the
  // first one makes.
  webServer: [
    {
      command: `npx vite build --outDir ${dist} --emptyOutDir && npx vite preview --outDir ${dist} --host 127.0.0.1 --port ${port} --strictPort --bypass-lock`,
      url: baseURL,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: 'npx tsx scripts/mock-server.ts --profile rfc',
      url: `http://127.0.0.1:${mockPort}/scim/ServiceProviderConfig`,
      env: { PORT: String(mockPort), MOCK_SCIM_API_KEY: liveKey },
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: 'npx tsx scripts/scimmy-server.ts',
      url: `${liveServers.scimmyScim}/ServiceProviderConfig`,
      env: {
        PORT: String(liveServers.scimmyPort),
        SCIMMY_API_KEY: liveServers.scimmyKey,
      },
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `npx vite preview --outDir ${dist} --host 127.0.0.1 --port ${livePort} --strictPort --bypass-lock`,
      url: `http://127.0.0.1:${livePort}/__console/config.json`,
      env: {
        SCIM_URL: `http://127.0.0.1:${mockPort}/scim`,
        SCIM_API_KEY: liveKey,
      },
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
