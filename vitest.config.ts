import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        // Pure logic: fast, no build and no browser needed.
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts'],
          // Parsing the largest corpus bulletins takes seconds on a busy 2-core machine.
          testTimeout: 60_000,
        },
      },
      {
        // Checks of the built site (dist/): needs `npm run build` and Chromium.
        test: {
          name: 'browser',
          environment: 'node',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          // One Chromium at a time: the CI machine has 2 cores.
          fileParallelism: false,
          // Tests marked concurrent run two at a time, one per core.
          maxConcurrency: 2,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
