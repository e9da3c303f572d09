// Where the live-mode end-to-end tests find their servers: the console in
// live mode and the mock SCIM server (rfc profile) behind it. The config
// and the tests read the same numbers.
const port = Number(process.env.E2E_PORT) || 4311;

export const liveServers = {
  consolePort: Number(process.env.E2E_LIVE_PORT) || port + 1000,
  mockPort: Number(process.env.E2E_MOCK_PORT) || port + 2000,
  /** A test key for a test server on the loopback; never a real one. */
  key: 'e2e-live-key',
  get mockScim() {
    return `http://127.0.0.1:${this.mockPort}/scim`;
  },
};
