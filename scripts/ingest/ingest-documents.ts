import type {
  Authority,
  Finding,
  Judgement,
  SourceDocument,
  ThemeTag,
} from '../../src/schemas/document.ts';
import { describeIssues } from '../../src/schemas/describe-issues.ts';
import { documentSchema } from '../../src/schemas/document.ts';
import type { Registry } from '../../src/schemas/finding-ids.ts';
import { correctDocuments, type CorrectionsFile } from './correct/correct-documents.ts';
import { assignIdsFrom, sortRegistry } from './ids/assign-ids.ts';
import { createRegistryIndex } from './ids/registry-index.ts';
import { IngestError } from './ingest-error.ts';
import { formalCouncilName } from './parse/council-names.ts';
import { parseDocument, type ParsedFile } from './parse-document.ts';
import { toMdast } from './write/to-mdast.ts';
import { writeMdx } from './write/write-mdx.ts';
import type { DocumentWarning } from './warnings.ts';

/** A source file as read from disk. */
export interface SourceFile {
  name: string;
  bytes: Uint8Array;
  /** For a PDF: `bytes` is its extracted text (see read/read-sources.ts); the PDF's own hash and page starts. */
  pdf?: PdfOrigin;
}

/** A problem with one file, for people: `file:line: message`. */
export interface FileError {
  file: string;
  line?: number;
  message: string;
}

/** One document ready to write. */
export interface Output {
  document: SourceDocument;
  mdx: string;
  /** What a maintainer should look at (the intake report lists these). */
  warnings: DocumentWarning[];
}

/** Where an extracted text came from: the PDF's hash, the text file, and the line each page starts on. */
export interface PdfOrigin {
  sha256: string;
  /** The extracted text's file name in `content/extracted/`. */
  textFile: string;
  pageStarts: readonly number[];
}

/** What the manifest `sources.csv` says of one file. */
export interface SourceEntry {
  url?: string;
  title?: string;
}

/** Everything ingest needs besides the files. */
export interface IngestContext {
  authorities: readonly Authority[];
  registry: Registry;
  /** Themes for a finding's text (rules from the taxonomy). */
  tagThemes: (text: string, judgement?: Judgement) => ThemeTag[];
  /** Editorial theme overrides over all findings; throws on an unknown finding id or theme. */
  /** Provenance by file name, from the manifest `sources.csv`. */
  sources?: ReadonlyMap<string, SourceEntry>;
  overrideThemes?: (
    findings: readonly Finding[],
    issued: ReadonlySet<string>,
  ) => { findings: Finding[]; applied: string[] };
  /** Corrections by hand, one file per document slug (docs/corrections.md). */
  corrections?: readonly CorrectionsFile[];
}

/** What ingest produced. `fatal` means a configuration error: write nothing. */
export interface IngestResult {
  outputs: Output[];
  registry: Registry;
  errors: FileError[];
  /** Report lines about theme overrides. */
  overrides: string[];
  fatal: boolean;
}

/**
 * The pure core of ingest: files → validated documents with permanent ids and
 * themes, serialised MDX, the updated id registry, and one error per bad file.
 * A bad file never stops the others.
 */
export function ingestDocuments(
  files: readonly SourceFile[],
  context: IngestContext,
): IngestResult {
  const errors: FileError[] = [];
  const parsed: ParsedFile[] = [];
  const bySlug = new Map<string, string>();
  for (const file of [...files].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    try {
      const doc = withProvenance(
        parseDocument(file.name, file.bytes, context.authorities),
        file,
        context.sources?.get(file.name),
      );
      const first = bySlug.get(doc.slug);
      if (first)
        throw new IngestError(
          `duplicate: the same inspection (${doc.authority.name}, ${doc.inspection.start}) as ${first} — remove one of the two files`,
        );
      bySlug.set(doc.slug, file.name);
      parsed.push(doc);
    } catch (error) {
      errors.push(toFileError(file, error));
    }
  }
  const corrected = correctDocuments(parsed, context.corrections ?? [], errors.length);
  errors.push(...corrected.errors);
  // One index of the registry for the whole run, updated per document (see RegistryIndex).
  const index = createRegistryIndex(context.registry.ids);
  const revision = (context.registry.revision ?? 0) + 1;
  const drafts = corrected.documents.map((doc) => {
    const assigned = assignIdsFrom(doc.slug, doc.idPrefix, doc.findings, index, {
      revision,
      file: doc.source.file,
      sha256: doc.source.sha256,
    });
    index.apply(assigned.changes);
    const findings: Finding[] = doc.findings.map((draft, i) => ({
      id: assigned.ids[i],
      judgement: draft.judgement,
      heading: draft.heading,
      position: i + 1,
      text: draft.text,
      repeatsPrevious: draft.repeatsPrevious,
      themes: context.tagThemes(draft.text, draft.judgement),
      line: draft.line,
      ...(draft.page ? { page: draft.page } : {}),
      ...(draft.incomplete ? { incomplete: draft.incomplete } : {}),
      ...(draft.corrections ? { corrections: draft.corrections } : {}),
    }));
    return { doc, findings };
  });
  const registry: Registry = { ...context.registry, ids: index.entries() };

  let overrides: string[] = [];
  if (context.overrideThemes) {
    try {
      const result = context.overrideThemes(
        drafts.flatMap((d) => d.findings),
        new Set(Object.keys(registry.ids)),
      );
      const byId = new Map(result.findings.map((f) => [f.id, f]));
      for (const draft of drafts) draft.findings = draft.findings.map((f) => byId.get(f.id)!);
      overrides = result.applied;
    } catch (error) {
      // A broken overrides file is a configuration error: every document would be wrong, so write nothing.
      return {
        outputs: [],
        registry: context.registry,
        errors: [
          ...errors,
          {
            file: 'theme overrides',
            message: error instanceof Error ? error.message : String(error),
          },
        ],
        overrides,
        fatal: true,
      };
    }
  }

  const outputs: Output[] = [];
  for (const { doc, findings } of drafts) {
    const { body, sections, authorityName, idPrefix, closed, warnings, ...rest } = doc;
    const council =
      doc.kind === 'council-report' ? { council: formalCouncilName(doc, parsed) } : {};
    const result = documentSchema.safeParse({ ...rest, ...council, findings });
    if (!result.success) {
      errors.push({
        file: doc.source.file,
        message: `does not fit the document schema: ${describeIssues(result.error.issues)}`,
      });
      continue;
    }
    outputs.push({
      document: result.data,
      mdx: writeMdx(result.data, toMdast(body, result.data.findings)),
      warnings,
    });
  }
  return { outputs, registry: sortRegistry(registry), errors, overrides, fatal: false };
}

/**
 * A PDF's document: the PDF's hash (not its text's), the text file it was
 * parsed from, and the page of each finding; the manifest's URL and title.
 */
function withProvenance(
  doc: ParsedFile,
  file: SourceFile,
  entry: SourceEntry | undefined,
): ParsedFile {
  const pdf = file.pdf;
  const source = {
    ...doc.source,
    ...(pdf
      ? { sha256: pdf.sha256, encoding: 'pdf' as const, text: `extracted/${pdf.textFile}` }
      : {}),
    ...(entry?.url ? { pdfUrl: entry.url } : {}),
  };
  const findings = pdf
    ? doc.findings.map((f) => ({ ...f, page: pageOf(f.line, pdf.pageStarts) }))
    : doc.findings;
  return { ...doc, ...(entry?.title ? { title: entry.title } : {}), source, findings };
}

/** The page a line of an extracted text starts on. */
function pageOf(line: number, pageStarts: readonly number[]): number {
  return Math.max(1, pageStarts.filter((start) => start <= line).length);
}

function toFileError(source: SourceFile, error: unknown): FileError {
  const file = source.name;
  if (error instanceof IngestError && error.line && source.pdf) {
    // The line is one of the extracted text: name that file and the PDF's page.
    return {
      file,
      message: `page ${pageOf(error.line, source.pdf.pageStarts)} (content/extracted/${source.pdf.textFile}:${error.line}): ${error.message}`,
    };
  }
  if (error instanceof IngestError)
    return { file, ...(error.line ? { line: error.line } : {}), message: error.message };
  // An unexpected exception is a bug in ingest, but it must still name the file and let the others through.
  return {
    file,
    message: `internal error while parsing (please report): ${error instanceof Error ? error.message : String(error)}`,
  };
}
