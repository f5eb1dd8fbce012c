/**
 * A private copy of the project to run `astro build` in. Astro writes `.astro/` (generated types
 * and the list of content modules) into its root, and by default its caches into
 * node_modules/.astro: building the benchmark corpus in the repo itself would overwrite what a
 * colleague's concurrent `astro dev` or build is using. The copy shares node_modules by symlink.
 */
import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Build outputs, caches and history: not part of what a build reads.
const SKIP = new Set(['node_modules', '.git', 'dist', '.astro', 'bench-out', 'test-results']);

/**
 * Copy the working tree (as it is, uncommitted changes included, like an in-place build) into
 * dir, and write `astro.bench.config.mjs`: the project's config with Astro's cache moved to
 * cacheDir. Returns the config's file name, relative to dir (Astro joins --config onto --root).
 */
export function prepareShadowRoot(repo: string, dir: string, cacheDir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(repo)) {
    if (!SKIP.has(entry)) cpSync(join(repo, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const config = 'astro.bench.config.mjs';
  writeFileSync(
    join(dir, config),
    `import base from './astro.config.mjs';\nexport default { ...base, cacheDir: ${JSON.stringify(`${cacheDir}/`)} };\n`,
  );
  return config;
}
