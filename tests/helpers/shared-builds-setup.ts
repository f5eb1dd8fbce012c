/**
 * Vitest global setup: one scratch folder per test run for the builds that
 * several test files share (tests/helpers/shared-build.ts), removed when the
 * run ends. Test files run in separate workers; this folder is how they find
 * each other's builds.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    sharedBuilds: string;
  }
}

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'fdf-shared-'));
  project.provide('sharedBuilds', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
