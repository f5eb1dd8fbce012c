/**
 * The "floor": a bare Astro project that emits the same number of trivial pages (and of trivial
 * endpoint routes, like our data files and feed) as our build, so our build time can
 * be compared with what Astro itself costs for that many routes on this machine.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Write the floor project into dir (emptied first). It has no package.json of its own: a
 * node_modules symlink to the repo's lets `astro` resolve without an install.
 */
export function writeFloorProject(
  dir: string,
  pages: number,
  repoNodeModules: string,
  endpoints = 0,
): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  symlinkSync(repoNodeModules, join(dir, 'node_modules'), 'dir');
  // Same build settings as astro.config.mjs (directory format, concurrency 2) so the comparison is
  // about the pages, not the settings. cacheDir stays inside dir: the default would be
  // node_modules/.astro, i.e. inside the repo through the symlink.
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `export default {
  cacheDir: './.astro-cache/',
  trailingSlash: 'always',
  build: { format: 'directory', concurrency: 2 },
  devToolbar: { enabled: false },
};
`,
  );
  writeFileSync(
    join(dir, 'src', 'pages', '[n].astro'),
    `---
export function getStaticPaths() {
  return Array.from({ length: ${pages} }, (_, i) => ({ params: { n: String(i + 1) } }));
}
const { n } = Astro.params;
---
<html lang="en">
  <head><meta charset="utf-8" /><title>Page {n}</title></head>
  <body><h1>Page {n}</h1></body>
</html>
`,
  );
  if (endpoints > 0) {
    mkdirSync(join(dir, 'src', 'pages', 'files'), { recursive: true });
    writeFileSync(
      join(dir, 'src', 'pages', 'files', '[n].txt.ts'),
      `export function getStaticPaths() {
  return Array.from({ length: ${endpoints} }, (_, i) => ({ params: { n: String(i + 1) } }));
}
export const GET = ({ params }) => new Response(\`File \${params.n}\\n\`);
`,
    );
  }
}
