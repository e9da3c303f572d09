import { fileURLToPath, URL } from 'node:url';

import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

import { liveProxy } from './scripts/live-proxy.ts';

/** The demo server's worker gets a cookie jar that holds none. */
function cookielessWorker(): Plugin {
  const jar = fileURLToPath(
    new URL('./src/mocks/worker-cookies.ts', import.meta.url),
  );
  return {
    name: 'cookieless-worker',
    enforce: 'pre',
    resolveId: (source) => (source === 'tough-cookie' ? jar : null),
  };
}

const port = Number(process.env.PORT) || undefined;

export default defineConfig({
  // With SCIM_URL set, dev and preview serve the console in live mode.
  plugins: [react(), liveProxy()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: { port: port ?? 5173, strictPort: Boolean(port) },
  preview: { port: port ?? 4173, strictPort: Boolean(port) },
  build: { sourcemap: true },
  worker: {
    plugins: () => [cookielessWorker()],
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['src/testing/setup.ts'],
    restoreMocks: true,
    reporters: process.env.UNIT_REPORT
      ? ['default', ['json', { outputFile: process.env.UNIT_REPORT }]]
      : ['default'],
  },
});
