/// <reference types="vitest/config" />
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

/**
 * Test projects, one per layer (see README → Tests).
 * - rules:   the pure rules package (node), 100 % coverage enforced
 * - unit:    stores and islands in happy-dom
 * - content: content schemas and source checks (node)
 * - dist:    reads the built site in dist/ (node) — scripts/test.mjs builds first
 * - e2e:     real Chromium via playwright-core against dist/
 */
export default defineConfig({
  plugins: [preact()],
  test: {
    coverage: {
      provider: 'v8',
      include: ['src/rules/**/*.ts'],
      reporter: ['text-summary', 'json-summary'],
      thresholds: { lines: 100, branches: 100, functions: 100, statements: 100 },
    },
    projects: [
      { extends: true, test: { name: 'rules', environment: 'node', include: ['tests/rules/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'happy-dom',
          include: ['tests/{stores,islands}/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/islands/setup.ts'],
          testTimeout: 30_000,
        },
      },
      { extends: true, test: { name: 'content', environment: 'node', include: ['tests/content/**/*.test.ts'], testTimeout: 120_000 } },
      { extends: true, test: { name: 'dist', environment: 'node', include: ['tests/dist/**/*.test.ts'], testTimeout: 60_000 } },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
