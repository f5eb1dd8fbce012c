/**
 * The ingest command line, checked before anything is read: which folders,
 * which mode, and the safety flags. Pure (paths in, options or a refusal out).
 */
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';

/** A refusal or usage problem: one line for people, then exit 1 with nothing written. */
export class CliError extends Error {}

/** What a run does. */
export interface IngestOptions {
  /** Folder of source documents. */
  inDir: string;
  /** Folder to write `letters/` and `finding-ids.json` into. */
  outDir: string;
  /** Print `{"documents", "errors"}` on stdout and write nothing. */
  json: boolean;
  /** Allow retiring ids that are in the registry. */
  retire: boolean;
  /** Drop ids issued since the registry was last committed, then ingest. */
  discardUnpublished: boolean;
  /** Theme overrides other than content/theme-overrides.yaml. */
  overrides?: string;
  /** Corrections by hand other than <in>/corrections/. */
  corrections?: string;
  /** How to name a folder in messages: relative to the project when inside it, else absolute. */
  show: (dir: string) => string;
}

/** The command line, parsed (throws on an unknown option). */
const parse = (argv: string[]) =>
  parseArgs({
    args: argv,
    options: {
      in: { type: 'string' },
      out: { type: 'string' },
      json: { type: 'boolean', default: false },
      retire: { type: 'boolean', default: false },
      'replace-content': { type: 'boolean', default: false },
      'discard-unpublished': { type: 'boolean', default: false },
      overrides: { type: 'string' },
      corrections: { type: 'string' },
    },
  });

export function parseOptions(argv: string[], root: string, cwd: string): IngestOptions {
  let values: ReturnType<typeof parse>['values'];
  try {
    ({ values } = parse(argv));
  } catch (error) {
    throw new CliError(`${(error as Error).message} — see the options in docs/permanent-ids.md`);
  }
  const seeds = resolve(root, 'seeds');
  const content = resolve(root, 'content');
  const inDir = values.in === undefined ? seeds : resolve(cwd, values.in);
  const outDir = values.out === undefined ? content : resolve(cwd, values.out);
  const show = (dir: string): string =>
    relative(root, dir).startsWith('..') ? dir : relative(root, dir) || '.';
  // content/ is the published collection: rewriting it from another folder deletes every document not in that folder.
  if (!values.json && outDir === content && inDir !== seeds && !values['replace-content']) {
    throw new CliError(
      `--in ${show(inDir)}: refusing to rewrite content/ from a folder other than seeds/ — add --json to preview (writes nothing), --out DIR to write elsewhere, or --replace-content if content/ really should come from ${show(inDir)}`,
    );
  }
  if (values.json && values['discard-unpublished'])
    throw new CliError(
      '--discard-unpublished changes the registry, --json writes nothing: use one or the other',
    );
  return {
    inDir,
    outDir,
    json: values.json,
    retire: values.retire,
    discardUnpublished: values['discard-unpublished'],
    overrides: values.overrides === undefined ? undefined : resolve(cwd, values.overrides),
    corrections: values.corrections === undefined ? undefined : resolve(cwd, values.corrections),
    show,
  };
}
