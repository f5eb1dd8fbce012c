/**
 * `npm run ingest`: seeds/ → content/. The thin shell around the pure
 * pipeline in scripts/ingest/: it reads files, writes files, prints.
 *
 *   npm run ingest                          rewrite content/ from seeds/
 *   npm run ingest -- --in DIR --json       print {"documents", "errors"} as JSON, write nothing
 *   npm run ingest -- --in DIR --out DIR    write somewhere else (benchmarks)
 *   npm run ingest -- --overrides FILE      theme overrides other than content/theme-overrides.yaml
 *   npm run ingest -- --corrections DIR     corrections by hand other than <--in>/corrections/ (docs/corrections.md)
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { describeIssues } from '../src/schemas/describe-issues.ts';
import { REGISTRY_COMMENT, registrySchema, type Registry } from '../src/schemas/finding-ids.ts';
import { retireDocuments } from './ingest/ids/assign-ids.ts';
import { ingestDocuments, type FileError } from './ingest/ingest-documents.ts';
import { loadInputs } from './ingest/read/load-inputs.ts';
import { loadThemeTagger } from './ingest/themes/load-themes.ts';
import { parseAuthorities } from './ingest/parse/match-authority.ts';
import { intakeMarkdown } from './ingest/report/intake-markdown.ts';
import { intakeRows } from './ingest/report/intake-rows.ts';
import { intakeTable } from './ingest/report/intake-table.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: { overrides: { type: 'string' }, in: { type: 'string', default: 'seeds' }, out: { type: 'string', default: 'content' }, json: { type: 'boolean', default: false }, corrections: { type: 'string' } },
});
const inDir = resolve(values.in!);
const outDir = resolve(values.out!);
const lettersDir = join(outDir, 'letters');
const registryPath = join(outDir, 'finding-ids.json');
const reportPath = join(outDir, 'intake-report.md');

// PDFs are read through their extracted text (content/extracted/), extracted again only when changed.
const inputs = await loadInputs(inDir, outDir, !values.json).catch((error: unknown) =>
  setup(`reading the input folder ${values.in}`, () => {
    throw error;
  }),
);
const registry: Registry = setup(registryPath, () =>
  existsSync(registryPath) ? registrySchema.parse(JSON.parse(readFileSync(registryPath, 'utf8'))) : { $comment: REGISTRY_COMMENT, ids: {} },
);
const correctionsDir = values.corrections ?? join(values.in!, 'corrections');
const corrections = setup(`reading the corrections folder ${correctionsDir}`, () =>
  existsSync(correctionsDir)
    ? readdirSync(correctionsDir).filter((name) => name.endsWith('.yaml')).sort()
        .map((name) => ({ path: join(correctionsDir, name), slug: name.slice(0, -'.yaml'.length), text: readFileSync(join(correctionsDir, name), 'utf8') }))
    : [],
);
const themes = setup('content/themes.yaml or the theme overrides', () => loadThemeTagger(root, values.overrides && resolve(values.overrides)));
const authorities = setup('content/authorities.csv', () => parseAuthorities(readFileSync(join(root, 'content/authorities.csv'), 'utf8')));
const result = ingestDocuments(inputs.files, {
  authorities,
  registry,
  tagThemes: themes.tag,
  overrideThemes: themes.override,
  sources: inputs.sources,
  corrections,
});
result.errors.unshift(...inputs.errors);

if (values.json) {
  process.stdout.write(`${JSON.stringify({ documents: result.outputs.map((o) => o.document), errors: result.errors }, null, 2)}\n`);
  process.exit(result.errors.length > 0 ? 1 : 0);
}

if (result.fatal) {
  for (const error of result.errors) console.error(formatError(error));
  console.error('ingest: nothing written — fix the error above and run again');
  process.exit(1);
}
const rows = intakeRows(result.outputs, result.errors);
write();
if (inputs.summary) console.error(inputs.summary);
for (const line of result.overrides) console.error(`theme override: ${line}`);
const findings = result.outputs.flatMap((o) => o.document.findings);
for (const line of themes.coverage(findings)) console.error(line);
for (const error of result.errors) console.error(formatError(error));
for (const line of intakeTable(rows, join(values.out!, 'intake-report.md'))) console.error(line);
console.error(`ingest: ${result.outputs.length} documents, ${findings.length} findings written to ${values.out}/; ${result.errors.length} file(s) with errors`);
process.exit(result.errors.length > 0 ? 1 : 0);

/**
 * Write through a temporary folder and rename into place, so an interrupted
 * run never leaves a half-written file. Outputs of files that failed this time
 * are kept (nothing is lost); outputs whose source file is gone are removed.
 */
function write(): void {
  mkdirSync(lettersDir, { recursive: true });
  const tmp = join(outDir, `.ingest-tmp-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp);
  try {
    for (const { document, mdx } of result.outputs) writeFileSync(join(tmp, `${document.slug}.mdx`), mdx);
    const written = new Set(result.outputs.map((o) => o.document.source.file));
    const failed = new Set(result.errors.map((e) => e.file));
    for (const name of readdirSync(lettersDir).filter((n) => n.endsWith('.mdx'))) {
      const source = /^# GENERATED by scripts\/ingest\.ts from (.+?): do not edit/m.exec(readFileSync(join(lettersDir, name), 'utf8'))?.[1];
      if (!source || written.has(source) || !failed.has(source)) rmSync(join(lettersDir, name));
    }
    for (const { document } of result.outputs) renameSync(join(tmp, `${document.slug}.mdx`), join(lettersDir, `${document.slug}.mdx`));
    const present = new Set(readdirSync(lettersDir).filter((n) => n.endsWith('.mdx')).map((n) => n.slice(0, -4)));
    writeFileSync(join(tmp, 'finding-ids.json'), `${JSON.stringify(retireDocuments(result.registry, present), null, 2)}\n`);
    renameSync(join(tmp, 'finding-ids.json'), registryPath);
    writeFileSync(join(tmp, 'intake-report.md'), intakeMarkdown(rows));
    renameSync(join(tmp, 'intake-report.md'), reportPath);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * Configuration and folders ingest cannot work without: a problem there is
 * reported as one line naming the file and the reason, never a stack trace.
 */
function setup<T>(what: string, load: () => T): T {
  try {
    return load();
  } catch (error) {
    const reason = error instanceof Error && 'issues' in error && Array.isArray(error.issues)
      ? describeIssues(error.issues)
      : error instanceof Error ? error.message : String(error);
    console.error(`${what}: ${reason}`);
    console.error('ingest: nothing written — fix the problem above and run again');
    process.exit(1);
  }
}

/** `file:line: message`; input files are named by their path, other files (corrections) already are. */
function formatError(error: FileError): string {
  if (error.file === 'theme overrides') return error.message;
  const names = new Set([...inputs.files.map((f) => f.name), ...inputs.errors.map((e) => e.file)]);
  return `${names.has(error.file) ? join(values.in!, error.file) : error.file}${error.line ? `:${error.line}` : ''}: ${error.message}`;
}
