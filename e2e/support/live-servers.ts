// Where the live-mode end-to-end tests find their servers: the console in
// live mode and the mock SCIM server (rfc profile) behind it. The config
// and the tests read the same numbers.
const port = Number(process.env.E2E_PORT) || 4311;

export const liveServers = {
  consolePort: Number(process.env.E2E_LIVE_PORT) || port + 1000,
  mockPort: Number(process.env.E2E_MOCK_PORT) || port + 2000,
  /** SCIMMY (npm run scimmy-server): a SCIM server we did not write. */
  scimmyPort: Number(process.env.E2E_SCIMMY_PORT) || port + 3000,
  /** Test keys for test servers on the loopback; never real ones. */
  key: 'e2e-live-key',
  scimmyKey: 'e2e-scimmy-key',
  get mockScim() {
    return `http://127.0.0.1:${this.mockPort}/scim`;
  },
  get scimmyScim() {
    return `http://127.0.0.1:${this.scimmyPort}/scim`;
  },
};
