/** Ingest the seeds through the pure core with corrections files, as `npm run ingest` does. */
import {
  ingestDocuments,
  type IngestResult,
  type SourceFile,
} from '../../../scripts/ingest/ingest-documents.ts';
import { emptyRegistry, type Registry } from '../../../src/schemas/finding-ids.ts';
import { AUTHORITIES, SEED_FILES, seedBytes } from '../../helpers/seeds.ts';

export const EMPTY_REGISTRY: Registry = emptyRegistry();

/** The seed files, with `change` applied to the text of those it names by prefix (`000`). */
export function seeds(change: Record<string, (text: string) => string> = {}): SourceFile[] {
  return SEED_FILES.map((name) => {
    const edit = Object.entries(change).find(([prefix]) => name.startsWith(prefix))?.[1];
    const bytes = seedBytes(name);
    return {
      name,
      bytes: edit ? new TextEncoder().encode(edit(new TextDecoder().decode(bytes))) : bytes,
    };
  });
}

/** Corrections files by document slug (or by file name, when it has a dot), YAML text each. */
export function ingest(
  files: SourceFile[],
  corrections: Record<string, string>,
  registry = EMPTY_REGISTRY,
): IngestResult {
  return ingestDocuments(files, {
    authorities: AUTHORITIES,
    registry,
    tagThemes: () => [],
    corrections: Object.entries(corrections).map(([name, text]) => ({
      path: `seeds/corrections/${name.includes('.') ? name : `${name}.yaml`}`,
      slug: name.replace(/\.yaml$/, ''),
      text,
    })),
  });
}

/** One document of a result, by slug. */
export function documentOf(result: IngestResult, slug: string) {
  const output = result.outputs.find((o) => o.document.slug === slug);
  if (!output)
    throw new Error(`${slug} not in the outputs; errors: ${JSON.stringify(result.errors)}`);
  return output;
}
