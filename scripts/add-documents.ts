/**
 * `npm run add -- PATH...`: copy PDFs (and text files) from folders or files
 * into seeds/, as received, then run ingest. A folder's `sources.csv`
 * (file,url,title) is added to seeds/sources.csv for the files copied.
 * Nothing already in seeds/ is overwritten.
 *
 *   npm run add -- ~/Downloads/ofsted-letters/        every PDF in the folder (and its sub-folders)
 *   npm run add -- --in DIR --out DIR [--overrides FILE] FILE...   other folders, as for ingest
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { ADDABLE, planAdditions, type Offered } from './ingest/read/plan-additions.ts';
import { MANIFEST } from './ingest/read/read-sources.ts';

const root = resolve(import.meta.dirname, '..');
const { values, positionals: paths } = parseArgs({
  allowPositionals: true,
  options: {
    in: { type: 'string', default: 'seeds' },
    out: { type: 'string', default: 'content' },
    overrides: { type: 'string' },
  },
});
const seeds = resolve(values.in!);
if (paths.length === 0) {
  console.error(
    "usage: npm run add -- PATH... (PDFs, text files, or folders of them; a folder's sources.csv gives their URLs)",
  );
  process.exit(2);
}

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const offered: Offered[] = [];
const manifests: string[] = [];
const missing: string[] = [];
for (const path of paths.map((p) => resolve(p))) {
  if (!existsSync(path)) missing.push(`${path}: no such file or folder — check the path`);
  else if (statSync(path).isDirectory()) collect(path);
  else offered.push({ path, name: basename(path), sha256: sha(path) });
}
const existing = new Map(
  readdirSync(seeds)
    .filter((n) => ADDABLE.test(n))
    .map((n) => [n, sha(join(seeds, n))]),
);
const plan = planAdditions(offered, existing);
for (const file of plan.copy) copyFileSync(file.path, join(seeds, file.name));
try {
  addManifestRows(new Set(plan.copy.map((f) => f.name)));
} catch (error) {
  missing.push(
    `${manifests.join(', ')}: not readable as CSV (${error instanceof Error ? error.message : String(error)}) — expected a header line "file,url,title"; add the URLs to seeds/sources.csv by hand`,
  );
}
for (const line of [...missing, ...plan.refused]) console.error(line);
console.error(
  `add: ${plan.copy.length} file(s) copied into seeds/, ${plan.present.length} already there, ${missing.length + plan.refused.length} refused`,
);
const ingest = spawnSync(
  process.execPath,
  [
    join(root, 'scripts/ingest.ts'),
    '--in',
    seeds,
    '--out',
    resolve(values.out!),
    ...(values.overrides ? ['--overrides', resolve(values.overrides)] : []),
  ],
  { stdio: 'inherit' },
);
process.exit(ingest.status !== 0 || missing.length + plan.refused.length > 0 ? 1 : 0);

/** Every PDF and text file under a folder (sub-folders too), and its manifest if it has one. */
function collect(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : 1,
  )) {
    const path = join(dir, entry.name);
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) collect(path);
    else if (entry.name === MANIFEST) manifests.push(path);
    else if (ADDABLE.test(entry.name)) offered.push({ path, name: entry.name, sha256: sha(path) });
  }
}

/** The offered manifests' rows for the copied files, appended to seeds/sources.csv (created with its header if absent). */
function addManifestRows(copied: ReadonlySet<string>): void {
  const rows = manifests.flatMap((path) =>
    (
      parse(readFileSync(path, 'utf8'), {
        columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()),
        skip_empty_lines: true,
        trim: true,
        bom: true,
      }) as Array<Record<string, string>>
    )
      .filter((row) => copied.has(row.file ?? ''))
      .map((row) => [row.file, row.url ?? '', row.title ?? '']),
  );
  if (rows.length === 0) return;
  const target = join(seeds, MANIFEST);
  const head = existsSync(target)
    ? readFileSync(target, 'utf8').replace(/\n?$/, '\n')
    : 'file,url,title\n';
  writeFileSync(target, head + stringify(rows));
}
