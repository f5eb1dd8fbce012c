import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // A scratch folder per run for the builds several test files share (tests/helpers/shared-build.ts).
    globalSetup: ['tests/helpers/shared-builds-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two test files at a time on CI's two cores: most slow files wait on child processes (builds,
    // ingest runs, Chromium), so a second worker halves the wall time rather than fighting for CPU.
    maxWorkers: 2,
    // Each worker runs file after file without a fresh module graph: the ingest, schema and site
    // modules most files import are loaded once per worker instead of once per file (a fifth of
    // the suite's time on two cores). Files share nothing else: each keeps its state in its own
    // scratch folders and module-level variables it sets itself.
    isolate: false,
  },
});
