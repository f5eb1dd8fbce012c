/**
 * The whole corpus as a REFI-QDA project (.qdpx: a zip of project.qde and
 * sources/; https://www.qdasoftware.org/products-project-exchange/), so it opens
 * in NVivo, ATLAS.ti, MAXQDA or QualCoder with every finding already coded:
 * each document a text source (its kept text, src/lib/open-data/document-text.ts),
 * each finding a PlainTextSelection coded with its judgement and its themes.
 * Codes: "Judgements" and "Themes", each a group of codable codes; theme GUIDs
 * are those of themes.qdc, so the codebook and the project agree. Every GUID is
 * UUID v5 of a stable name and the zip's dates are fixed, so the same corpus
 * gives the same bytes. XML by fast-xml-parser's builder (three times faster than
 * xmlbuilder2 here: the export has an element per finding and per coding), zip
 * by fflate. Pure.
 */
import { strToU8, zipSync } from 'fflate';
import { parse as parseUuid, v5 as uuidv5 } from 'uuid';
import { XMLBuilder } from 'fast-xml-parser';
import type { SourceDocument } from '../../schemas/document.ts';
import { absoluteUrl, citePaths, type SiteLocation } from '../citation/site-url.ts';
import { formatDateRange } from '../dates.ts';
import { documentShortName, kindLabel } from '../documents.ts';
import { JUDGEMENT_ORDER, judgementLabel, judgementMeaning } from '../judgements.ts';
import { documentText } from './document-text.ts';
import { themeGuid, THEME_GUID_NAMESPACE, type CodebookTheme } from './qdc.ts';

/** The REFI-QDA project namespace. */
export const QDE_NAMESPACE = 'urn:QDA-XML:project:1.0';

// Parsed once: the export makes a GUID for every finding and every coding.
const NAMESPACE_BYTES = parseUuid(THEME_GUID_NAMESPACE);

/** A stable GUID for anything else in the project (documents, findings, codings, groups). */
export const projectGuid = (name: string): string => uuidv5(name, NAMESPACE_BYTES);

/** Zip entries' modification time: fixed (the DOS epoch), so builds are reproducible. */
const ZIP_TIME = new Date(Date.UTC(1980, 0, 1));

/** What the export needs about one document. */
export interface QdpxDocument {
  doc: SourceDocument;
  body: string;
}

type Node = Record<string, unknown>;

/** A code element: attributes, a description, child codes. */
const code = (
  guid: string,
  name: string,
  codable: boolean,
  description: string,
  children: Node[] = [],
): Node => ({
  '@_guid': guid,
  '@_name': name,
  '@_isCodable': String(codable),
  Description: description,
  ...(children.length > 0 ? { Code: children } : {}),
});

// fast-xml-parser's builder escapes text and attributes; an object's keys give attribute and element order.
const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  suppressEmptyNode: true,
  suppressBooleanAttributes: false,
});

/** The project.qde XML and the source texts by file name. */
export function qdpxFiles(
  documents: readonly QdpxDocument[],
  themes: readonly CodebookTheme[],
  at: SiteLocation,
): { qde: string; sources: Map<string, string> } {
  const user = projectGuid('user:front-door-findings');
  // Every coding points at one of a few dozen codes: their GUIDs are hashed once, not once per coding.
  const codeGuids = new Map<string, string>();
  const once = (key: string, make: () => string): string =>
    codeGuids.get(key) ?? codeGuids.set(key, make()).get(key)!;
  const judgementGuid = (j: string) => once(`judgement:${j}`, () => projectGuid(`judgement:${j}`));
  const themeCode = (id: string) => once(`theme:${id}`, () => themeGuid(id));
  const codes = [
    code(
      projectGuid('group:judgements'),
      'Judgements',
      false,
      'The heading each finding sits under in its letter or report.',
      JUDGEMENT_ORDER.map((j) =>
        code(
          judgementGuid(j),
          judgementLabel(j),
          true,
          `${judgementMeaning(j)}\n\nFront Door Findings judgement id: ${j}`,
        ),
      ),
    ),
    code(
      projectGuid('group:themes'),
      'Themes',
      false,
      'Themes from the Front Door Findings taxonomy, tagged by written phrase rules.',
      themes.map((t) =>
        code(
          themeGuid(t.id),
          t.label,
          true,
          `${t.description}\n\nFront Door Findings theme id: ${t.id}`,
        ),
      ),
    ),
  ];
  const sources = new Map<string, string>();
  const textSources = documents.map(({ doc, body }) => {
    const guid = projectGuid(`document:${doc.slug}`);
    const { text, spans } = documentText(body, doc.findings);
    sources.set(`${guid}.txt`, text);
    const findings = new Map(doc.findings.map((f) => [f.id, f]));
    const selections = spans.map((span) => {
      const f = findings.get(span.id)!;
      return {
        '@_guid': projectGuid(`finding:${f.id}`),
        '@_name': f.id,
        '@_startPosition': String(span.start),
        '@_endPosition': String(span.end),
        '@_creatingUser': user,
        Description: `${judgementLabel(f.judgement)} ${f.id}: ${absoluteUrl(at, citePaths.finding(f.id))}`,
        Coding: [judgementGuid(f.judgement), ...f.themes.map((t) => themeCode(t.theme))].map(
          (target) => ({
            '@_guid': projectGuid(`coding:${f.id}:${target}`),
            '@_creatingUser': user,
            CodeRef: { '@_targetGUID': target },
          }),
        ),
      };
    });
    return {
      '@_guid': guid,
      '@_name': `${documentShortName(doc)} — ${kindLabel(doc.kind)}`,
      '@_plainTextPath': `internal://${guid}.txt`,
      '@_creatingUser': user,
      Description: `${doc.title}. Inspection of ${formatDateRange(doc.inspection)}. ${absoluteUrl(at, citePaths.document(doc.slug))}`,
      ...(selections.length > 0 ? { PlainTextSelection: selections } : {}),
    };
  });
  const project = {
    '?xml': { '@_version': '1.0', '@_encoding': 'utf-8' },
    Project: {
      '@_xmlns': QDE_NAMESPACE,
      '@_name': 'Front Door Findings',
      '@_origin': 'Front Door Findings',
      Users: { User: { '@_guid': user, '@_name': 'Front Door Findings' } },
      CodeBook: { Codes: { Code: codes } },
      ...(textSources.length > 0 ? { Sources: { TextSource: textSources } } : {}),
    },
  };
  return { qde: builder.build(project) as string, sources };
}

/** The .qdpx file's bytes. */
export function qdpxProject(
  documents: readonly QdpxDocument[],
  themes: readonly CodebookTheme[],
  at: SiteLocation,
): Uint8Array {
  const { qde, sources } = qdpxFiles(documents, themes, at);
  const entries: Record<string, Uint8Array> = { 'project.qde': strToU8(qde) };
  for (const [name, text] of [...sources].sort(([a], [b]) => a.localeCompare(b)))
    entries[`sources/${name}`] = strToU8(text);
  return zipSync(entries, { level: 6, mtime: ZIP_TIME });
}
