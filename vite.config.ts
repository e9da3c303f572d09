import { fileURLToPath, URL } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const port = Number(process.env.PORT) || undefined;

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: { port: port ?? 5173, strictPort: Boolean(port) },
  preview: { port: port ?? 4173, strictPort: Boolean(port) },
  build: { sourcemap: true },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/testing/setup.ts'],
    restoreMocks: true,
    reporters: process.env.UNIT_REPORT
      ? ['default', ['json', { outputFile: process.env.UNIT_REPORT }]]
      : ['default'],
  },
});
