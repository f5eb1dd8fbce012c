/**
 * `npm run check-zotero -- [DIR] [--server URL] [--base /sub/] [--pages-only] [--show]`:
 * ask Zotero's own translation-server what it saves from every finding and
 * letter page of a built site (default dist/), and what it imports from the
 * `cite.ris`, `cite.json` and `cite.bib` beside each (not with
 * `--pages-only`), and check each item against the page
 * (scripts/check-zotero/zotero-problems.ts). Serves DIR itself on 127.0.0.1;
 * the server (default http://127.0.0.1:1969) must run on this machine with
 * Zotero's translators. `--show` prints every item Zotero returned.
 * Prints one line per problem, `page [source]: what is wrong`, and exits 1 if any.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readCitablePages, type CitablePage } from './check-zotero/citable-pages.ts';
import {
  sharedShortTitles,
  zoteroProblems,
  type ZoteroItem,
  type ZoteroSource,
} from './check-zotero/zotero-problems.ts';
import { serveStatic } from './lib/static-server.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    server: { type: 'string', default: 'http://127.0.0.1:1969' },
    base: { type: 'string', default: process.env.BASE ?? '/' },
    'pages-only': { type: 'boolean', default: false },
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

/** What the server made of a page (`web`, given its URL) or a file (`import`, given its text): items, or why none. */
async function ask(endpoint: 'web' | 'import', input: string): Promise<ZoteroItem[] | string> {
  let response: Response;
  try {
    response = await fetch(new URL(endpoint, `${values.server!.replace(/\/$/, '')}/`), {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: input,
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
const FILES = ['ris', 'json', 'bib'] as const;
const sources: ZoteroSource[] = values['pages-only'] ? ['page'] : ['page', ...FILES];

/** Asks the server about one page or one of its files, prints what is wrong, and returns the items. */
async function check(page: CitablePage, source: ZoteroSource): Promise<ZoteroItem[]> {
  const where = `${page.path}${source === 'page' ? '' : `cite.${source}`}`;
  const report = (problem: string) => {
    problemCount++;
    console.error(`${where}: ${problem}`);
  };
  const file = join(dir, page.path, `cite.${source}`);
  if (source !== 'page' && !existsSync(file)) {
    report('missing: every citable page has its citation files beside it');
    return [];
  }
  const items =
    source === 'page'
      ? await ask('web', `${site.origin}${base}${page.path}`)
      : await ask('import', readFileSync(file, 'utf8'));
  if (typeof items === 'string') {
    report(items);
    return [];
  }
  if (values.show) console.log(`${where} ${JSON.stringify(items)}`);
  for (const problem of zoteroProblems(page, items, source)) report(problem);
  return items;
}

try {
  for (const page of pages)
    for (const source of sources) {
      const items = await check(page, source);
      if (source === 'page') saved.push({ path: page.path, shortTitle: items[0]?.shortTitle });
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
  `check-zotero: ${pages.length} pages (${sources.join(', ')}) through ${values.server} in ${seconds} s, ${problemCount} problem(s) in ${dir}`,
);
// exitCode, not process.exit(): an early exit cuts what is still queued for a pipe.
process.exitCode = problemCount > 0 ? 1 : 0;
