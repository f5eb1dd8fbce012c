/**
 * Every link of the built site resolves: the link check
 * (scripts/check-links.ts), through its command line, over dist/ with the
 * BASE and SITE the build used. (A build under a sub-path is checked in
 * reproducible-build.test.ts.) Needs `npm run build` first (npm test does it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.ts';
import { buildEnv } from './build-copy.ts';

it('dist/ has no broken link, missing anchor or request to another host', () => {
  if (!existsSync(join(ROOT, 'dist/index.html')))
    throw new Error('no dist/: run `npm run build` first (npm test does)');
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'scripts/check-links.ts'), join(ROOT, 'dist')],
    { encoding: 'utf8', env: buildEnv() },
  );
  expect(result.stderr).toMatch(/check-links: \d+ pages, \d+ files, 0 problem\(s\)/);
  expect(result.status).toBe(0);
});
