/**
 * `npm run check-zotero -- [DIR] [--server URL] [--base /sub/] [--show]`:
 * ask Zotero's own translation-server what it saves from every finding and
 * letter page of a built site (default dist/), and check each item against
 * the page (scripts/check-zotero/zotero-problems.ts). Serves DIR itself on
 * 127.0.0.1; the server (default http://127.0.0.1:1969) must run on this
 * machine with Zotero's translators. `--show` prints every item's fields.
 * Prints one line per problem, `page: what is wrong`, and exits 1 if any.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readCitablePages, type CitablePage } from './check-zotero/citable-pages.ts';
import {
  sharedShortTitles,
  zoteroProblems,
  type ZoteroItem,
} from './check-zotero/zotero-problems.ts';
import { serveStatic } from './lib/static-server.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    server: { type: 'string', default: 'http://127.0.0.1:1969' },
    base: { type: 'string', default: process.env.BASE ?? '/' },
    show: { type: 'boolean', default: false },
  },
});
const dir = resolve(positionals[0] ?? 'dist');
const base = `/${values.base!.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const pages = readCitablePages(dir);
if (pages.length === 0) {
  console.error(`check-zotero: no citable pages in ${dir}: run \`npm run build\` first.`);
  process.exit(2);
}

/** What the server saved from one page: its items, or why there are none. */
async function translate(url: string): Promise<ZoteroItem[] | string> {
  let response: Response;
  try {
    response = await fetch(new URL('web', `${values.server!.replace(/\/$/, '')}/`), {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: url,
    });
  } catch (error) {
    console.error(
      `check-zotero: no translation-server at ${values.server} (${(error as Error).message}). Start Zotero's translation-server on this machine, or pass --server URL (docs/citing.md).`,
    );
    process.exit(2);
  }
  const body = await response.text();
  if (response.status !== 200)
    return `the server answered ${response.status}: ${body.slice(0, 200)}`;
  return JSON.parse(body) as ZoteroItem[];
}

const site = await serveStatic(dir, { base });
const started = performance.now();
const saved: { path: string; shortTitle?: string }[] = [];
let problemCount = 0;
const report = (page: CitablePage, problem: string) => {
  problemCount++;
  console.error(`${page.path}: ${problem}`);
};
try {
  for (const page of pages) {
    const items = await translate(`${site.origin}${base}${page.path}`);
    if (typeof items === 'string') {
      report(page, items);
      continue;
    }
    if (values.show) console.log(`${page.path} ${JSON.stringify(items)}`);
    for (const problem of zoteroProblems(page, items)) report(page, problem);
    saved.push({ path: page.path, shortTitle: items[0]?.shortTitle });
  }
} finally {
  await site.close();
}
for (const problem of sharedShortTitles(saved)) {
  problemCount++;
  console.error(problem);
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.error(
  `check-zotero: ${pages.length} pages through ${values.server} in ${seconds} s, ${problemCount} problem(s) in ${dir}`,
);
// exitCode, not process.exit(): an early exit cuts what is still queued for a pipe.
process.exitCode = problemCount > 0 ? 1 : 0;
