import { defineConfig } from 'vitest/config';

// Projects so `npm test` can run them in order: fast unit tests, build tests over fixtures, then tests over the built
// demo site (site) and in real Chromium (e2e, and the Decap CMS ones, which run one at a time as each drives a heavy
// admin app and a git server). Two workers: Vitest's default (cores − 1) leaves one of CI's two cores idle.
// Timeouts are generous: CI shares a 2-core machine.
export default defineConfig({
  test: {
    maxWorkers: 2,
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts', 'tools/**/*.test.ts', 'tests/unit/**/*.test.ts'], testTimeout: 30_000 } },
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 180_000, hookTimeout: 300_000 } },
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'], testTimeout: 120_000 } },
      { test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], exclude: ['tests/e2e/cms*.test.ts'], testTimeout: 60_000, hookTimeout: 300_000 } },
      { test: { name: 'e2e-cms', include: ['tests/e2e/cms*.test.ts'], testTimeout: 60_000, hookTimeout: 300_000, fileParallelism: false } },
    ],
  },
});
