/**
 * `npm exec -- node scripts/check-links.ts [DIR] [--base /sub/] [--site https://host]`: check
 * every link of a built site (default dist/). Base and site default to the
 * BASE and SITE the build used (see astro.config.mjs). Prints one line per
 * problem, `page: <tag attr="url">: what is wrong`, and exits 1 if any.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ALLOWED_LINK_HOSTS } from './check-links/allowed-hosts.ts';
import { checkLinks } from './check-links/check-links.ts';
import { normaliseBase } from './check-links/page-url.ts';
import { readSite } from './check-links/read-site.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    base: { type: 'string', default: process.env.BASE ?? '/' },
    site: { type: 'string', default: process.env.SITE ?? 'http://127.0.0.1:4321' },
  },
});
const dir = resolve(positionals[0] ?? 'dist');
const site = readSite(dir);
const problems = checkLinks(site, {
  base: normaliseBase(values.base!),
  origin: new URL(values.site!).origin,
  allowedHosts: Object.keys(ALLOWED_LINK_HOSTS),
});
const SHOWN = 200;
for (const { file, message } of problems.slice(0, SHOWN)) console.error(`${file}: ${message}`);
if (problems.length > SHOWN) console.error(`… and ${problems.length - SHOWN} more`);
console.error(
  `check-links: ${site.pages.size} pages, ${site.files.size} files, ${problems.length} problem(s) in ${dir}`,
);
// exitCode, not process.exit(): an early exit cuts what is still queued for a pipe (`… 2>&1 | less`).
process.exitCode = problems.length > 0 ? 1 : 0;
