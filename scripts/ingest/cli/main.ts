/**
 * `npm run ingest` (scripts/ingest.ts starts it): seeds/ → content/. The thin
 * shell around the pure pipeline in scripts/ingest/: it reads files, writes
 * files, prints. The flags are listed in scripts/ingest.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describeIssues } from '../../../src/schemas/describe-issues.ts';
import { emptyRegistry, registrySchema, type Registry } from '../../../src/schemas/finding-ids.ts';
import { CliError, parseOptions, type IngestOptions } from './options.ts';
import { committedRegistry } from './committed-registry.ts';
import { existingOutputs, writeContent } from './write-content.ts';
import { discardUnpublished } from '../ids/discard-unpublished.ts';
import { settleRegistry } from '../ids/settle-registry.ts';
import { ingestDocuments, type FileError } from '../ingest-documents.ts';
import { loadInputs } from '../read/load-inputs.ts';
import { loadThemeTagger } from '../themes/load-themes.ts';
import { parseAuthorities } from '../parse/match-authority.ts';
import { intakeMarkdown } from '../report/intake-markdown.ts';
import { intakeRows } from '../report/intake-rows.ts';
import { intakeTable } from '../report/intake-table.ts';

const root = resolve(import.meta.dirname, '../../..');
// Never process.exit(): it drops whatever stdout has not yet drained into a pipe, and a
// `--json | jq` reader gets the first 64 KiB. With exitCode set, Node exits once all output is out.
process.exitCode = await main();

async function main(): Promise<number> {
  try {
    return await run(parseOptions(process.argv.slice(2), root, process.cwd()));
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    console.error(`ingest: ${error.message}`);
    return 1;
  }
}

async function run(options: IngestOptions): Promise<number> {
  const { inDir, outDir, show } = options;
  const registryPath = join(outDir, 'finding-ids.json');
  // PDFs are read through their extracted text (<out>/extracted/), extracted again only when changed.
  const loaded = await loadInputs(inDir, outDir).catch((error: unknown) =>
    setup(`reading the input folder ${show(inDir)}`, () => {
      throw error;
    }),
  );
  let registry: Registry = setup(show(registryPath), () =>
    existsSync(registryPath)
      ? registrySchema.parse(JSON.parse(readFileSync(registryPath, 'utf8')))
      : emptyRegistry(),
  );
  if (options.discardUnpublished) {
    const { registry: kept, discarded } = discardUnpublished(
      registry,
      committedRegistry(registryPath),
    );
    console.error(
      `ingest: discarding ${discarded.length} id(s) issued since ${show(registryPath)} was last committed${discarded.length > 0 ? `: ${discarded.join(', ')}` : ''}`,
    );
    registry = kept;
  }
  const correctionsDir = options.corrections ?? join(inDir, 'corrections');
  const corrections = setup(`reading the corrections folder ${show(correctionsDir)}`, () =>
    existsSync(correctionsDir)
      ? readdirSync(correctionsDir, { withFileTypes: true })
          .filter((e) => e.isFile() && !e.name.startsWith('.'))
          .map((e) => e.name)
          .sort()
          .map((name) => ({
            path: join(show(correctionsDir), name),
            slug: name.replace(/\.yaml$/, ''),
            text: readFileSync(join(correctionsDir, name), 'utf8'),
          }))
      : [],
  );
  const themes = setup('content/themes.yaml or the theme overrides', () =>
    loadThemeTagger(root, options.overrides),
  );
  const authorities = setup('content/authorities.csv', () =>
    parseAuthorities(readFileSync(join(root, 'content/authorities.csv'), 'utf8')),
  );
  const result = ingestDocuments(loaded.files, {
    authorities,
    registry,
    tagThemes: themes.tag,
    overrideThemes: themes.override,
    corrections,
    sources: loaded.sources,
  });
  result.errors.unshift(...loaded.errors);
  const inputs = new Set([...loaded.files.map((f) => f.name), ...loaded.errors.map((e) => e.file)]);
  // `file:line: message`; input files are named by their path, other files (corrections) already are.
  const formatError = (error: FileError): string =>
    error.file === 'theme overrides'
      ? error.message
      : `${inputs.has(error.file) ? join(show(inDir), error.file) : error.file}${error.line ? `:${error.line}` : ''}: ${error.message}`;

  if (options.json) {
    process.stdout.write(
      `${JSON.stringify({ documents: result.outputs.map((o) => o.document), errors: result.errors }, null, 2)}\n`,
    );
    return result.errors.length > 0 ? 1 : 0;
  }
  if (result.fatal) {
    for (const error of result.errors) console.error(formatError(error));
    console.error('ingest: nothing written — fix the error above and run again');
    return 1;
  }
  const written = new Map(result.outputs.map((o) => [o.document.slug, o.document.source.file]));
  const settled = settleRegistry(
    registry,
    result.registry,
    written,
    new Set(result.errors.map((e) => e.file)),
    existingOutputs(outDir),
  );
  if (settled.retired.length > 0 && !options.retire) {
    for (const error of result.errors) console.error(formatError(error));
    console.error(
      `ingest: this run would retire ${settled.retired.length} finding id(s); links to them would land on a "retired" page:`,
    );
    for (const { id, reason } of settled.retired) console.error(`  ${id}: ${reason}`);
    console.error(
      'ingest: nothing written — run again with --retire if that is intended; --discard-unpublished drops ids never committed instead',
    );
    return 1;
  }
  const rows = intakeRows(result.outputs, result.errors);
  writeContent(
    outDir,
    result.outputs.map((o) => ({ slug: o.document.slug, mdx: o.mdx })),
    new Set(settled.kept),
    {
      'finding-ids.json': `${JSON.stringify(settled.registry, null, 2)}\n`,
      'intake-report.md': intakeMarkdown(rows),
    },
  );
  loaded.saveExtracted();
  if (loaded.summary) console.error(loaded.summary);
  for (const { id, reason } of settled.retired) console.error(`retired: ${id}: ${reason}`);
  for (const line of result.overrides) console.error(`theme override: ${line}`);
  const findings = result.outputs.flatMap((o) => o.document.findings);
  for (const line of themes.coverage(findings)) console.error(line);
  for (const error of result.errors) console.error(formatError(error));
  for (const line of intakeTable(rows, `${show(outDir)}/intake-report.md`)) console.error(line);
  console.error(
    `ingest: ${result.outputs.length} documents, ${findings.length} findings written to ${show(outDir)}/; ${result.errors.length} file(s) with errors`,
  );
  return result.errors.length > 0 ? 1 : 0;
}

/**
 * Configuration and folders ingest cannot work without: a problem there is
 * reported as one line naming the file and the reason, never a stack trace.
 */
function setup<T>(what: string, load: () => T): T {
  try {
    return load();
  } catch (error) {
    const reason =
      error instanceof Error && 'issues' in error && Array.isArray(error.issues)
        ? describeIssues(error.issues)
        : error instanceof Error
          ? error.message
          : String(error);
    throw new CliError(`${what}: ${reason} — nothing written; fix the problem and run again`);
  }
}
