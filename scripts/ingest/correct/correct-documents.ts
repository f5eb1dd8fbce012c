import type { FileError } from '../ingest-documents.ts';
import type { ParsedFile } from '../parse-document.ts';
import { applyCorrections } from './apply-corrections.ts';
import { CorrectionError } from './correction-error.ts';
import { readCorrections } from './read-corrections.ts';

/** A file of the corrections folder as read from disk: `<slug>.yaml`, the slug of the document it corrects. */
export interface CorrectionsFile {
  /** Path as the maintainer names it, for messages (`seeds/corrections/leicester-2009-08.yaml`); a path not ending `.yaml` is an error. */
  path: string;
  /** The slug of the document it corrects: the file name without `.yaml`. */
  slug: string;
  text: string;
}

const SUFFIX = '.yaml';

/**
 * The corrections stage, after parsing and before ids: each document with a
 * corrections file gets its corrections applied. A document whose corrections
 * fail is left out with an error naming the corrections file and line (its
 * last good output stays on disk); the others go on. A corrections file that
 * matches no document is an error too, never silently unused.
 */
export function correctDocuments(
  parsed: readonly ParsedFile[],
  files: readonly CorrectionsFile[],
  failedFiles: number,
): { documents: ParsedFile[]; errors: FileError[] } {
  const errors: FileError[] = files
    .filter((file) => !file.path.endsWith(SUFFIX))
    .map((file) => ({
      file: file.path,
      message: `not read: a corrections file is named <document slug>${SUFFIX}`,
    }));
  const bySlug = new Map(
    files.filter((file) => file.path.endsWith(SUFFIX)).map((file) => [file.slug, file]),
  );
  const documents = parsed.flatMap((doc) => {
    const file = bySlug.get(doc.slug);
    if (!file) return [doc];
    try {
      return [applyCorrections(doc, readCorrections(file.path, file.text), file.path)];
    } catch (error) {
      const message =
        error instanceof CorrectionError
          ? error.message
          : `${file.path}: internal error while applying corrections (please report): ${String(error)}`;
      errors.push({
        file: doc.source.file,
        message: `not written this time, its corrections failed: ${message}`,
      });
      return [];
    }
  });
  const slugs = new Set(parsed.map((doc) => doc.slug));
  for (const [slug, file] of [...bySlug].filter(([s]) => !slugs.has(s))) {
    const hint = failedFiles > 0 ? '; if its source file failed above, fix that first' : '';
    errors.push({
      file: file.path,
      message: `no document has the slug "${slug}" — a corrections file is named after the address of the document it corrects (/letters/<slug>/)${hint}`,
    });
  }
  return { documents, errors };
}
