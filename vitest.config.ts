import { defineConfig } from 'vitest/config';

/**
 * Four projects: pure unit tests, the API suite on PGlite, the same API suite on PostgreSQL
 * (TEST_DB=postgres), and browser journeys. scripts/test.mjs picks which run and says why.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['src/*.test.ts', 'src/core/**/*.test.ts', 'src/web/**/*.test.ts', 'scripts/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'api-pglite',
          include: ['src/server/**/*.test.ts'],
          env: { TEST_DB: 'pglite' },
          globalSetup: ['src/server/testing/migrated-template.ts'],
          // Each file builds its own app and database, so the files need no module isolation:
          // without it the server's modules load once per worker, not once per file.
          isolate: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'api-postgres',
          include: ['src/server/**/*.test.ts'],
          env: { TEST_DB: 'postgres' },
          globalSetup: ['src/server/testing/migrated-template.ts'],
          isolate: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          globalSetup: ['e2e/support/migrated-data-dir.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
