/**
 * Build the site in a private copy of the project, so test builds never touch
 * the shared tree: Astro writes `.astro/` (including the list of content
 * modules, which differs when FDF_CONTENT_DIR does) into its root, and its
 * content-layer cache into `cacheDir` (default node_modules/.astro). A copy
 * with its own root and cacheDir can build next to `npm run build`, the
 * benchmark and other test builds. node_modules is linked, not copied.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/paths.ts';

/** What a build needs from the project (content/ holds the committed generated content and the reference data). */
const PROJECT = [
  'astro.config.mjs',
  'package.json',
  'tsconfig.json',
  'src',
  'scripts',
  'content',
  'public',
];

/** The real config with only the cache moved into the copy (https://docs.astro.build/en/reference/configuration-reference/#cachedir). */
const CONFIG = `import config from './astro.config.mjs';\nexport default { ...config, cacheDir: './.astro-cache/' };\n`;

/**
 * Variables vitest sets in its workers (import.meta.env mirrored into process.env, NODE_ENV=test).
 * A child build must not inherit them: Astro would take BASE_URL, MODE, PROD… from them and build
 * a different site from `npm run build`.
 */
const VITEST_ENV = /^(NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR|TEST|VITEST.*)$/;

/** The environment of `npm run build`: this process's, without vitest's additions. */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !VITEST_ENV.test(name)),
  );
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

/** Copy the project into `dir` (created). */
export function copyProject(dir: string): string {
  mkdirSync(dir, { recursive: true });
  for (const entry of PROJECT) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'astro.isolated.mjs'), CONFIG);
  return dir;
}

/**
 * `astro build --outDir <project>/dist` in a copied project, on the project's
 * Node 22; rejects with Astro's output when it fails. The output folder stays
 * inside the copy: Astro's prerender step imports packages from there, and
 * Node finds them through the copy's node_modules link.
 */
export function buildCopy(
  project: string,
  env: Record<string, string> = {},
): Promise<{ outDir: string; ms: number }> {
  const started = performance.now();
  const outDir = join(project, 'dist');
  const astro = join(ROOT, 'node_modules/astro/bin/astro.mjs');
  const child = spawn(
    process.execPath,
    [astro, 'build', '--config', 'astro.isolated.mjs', '--outDir', outDir],
    {
      cwd: project,
      env: buildEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve({ outDir, ms: Math.round(performance.now() - started) });
      else reject(new Error(`astro build in ${project} failed (exit ${code}):\n${output}`));
    });
  });
}
