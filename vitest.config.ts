import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two test files at a time on CI's two cores: most slow files wait on child processes (builds,
    // ingest runs, Chromium), so a second worker halves the wall time rather than fighting for CPU.
    maxWorkers: 2,
  },
});
