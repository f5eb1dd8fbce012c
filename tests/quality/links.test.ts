/**
 * Every link of the built site resolves (issue 7): the link check
 * (scripts/check-links.ts), through its command line, over dist/ with the
 * BASE and SITE the build used, and over a build under a sub-path the way
 * GitHub Pages serves a project site. Needs `npm run build` first (npm test does it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { ROOT } from '../helpers/seeds.ts';
import { buildCopy, buildEnv, copyProject } from './build-copy.ts';

const work = mkdtempSync(join(tmpdir(), 'fdf-links-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function checkLinks(dir: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/check-links.ts'), dir], { encoding: 'utf8', env: buildEnv(env) });
  return { status: result.status, report: result.stderr };
}

it('dist/ has no broken link, missing anchor or request to another host', () => {
  if (!existsSync(join(ROOT, 'dist/index.html'))) throw new Error('no dist/: run `npm run build` first (npm test does)');
  const { status, report } = checkLinks(join(ROOT, 'dist'));
  expect(report).toMatch(/check-links: \d+ pages, \d+ files, 0 problem\(s\)/);
  expect(status).toBe(0);
});

it('a build under a sub-path (BASE=/front-door-findings/) links only inside it', async () => {
  const env = { SITE: 'https://example.github.io', BASE: '/front-door-findings/' };
  const { outDir } = await buildCopy(copyProject(join(work, 'project')), env);
  const { status, report } = checkLinks(outDir, env);
  expect(report).toMatch(/check-links: \d+ pages, \d+ files, 0 problem\(s\)/);
  expect(status).toBe(0);
  // The same build checked as if served at the root must fail: the check really uses the base.
  expect(checkLinks(outDir, { ...env, BASE: '/' }).status).toBe(1);
}, 120_000);
