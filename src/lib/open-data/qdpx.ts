/**
 * The whole corpus as a REFI-QDA project (.qdpx: a zip of project.qde and
 * sources/; https://www.qdasoftware.org/products-project-exchange/), so it opens
 * in NVivo, ATLAS.ti, MAXQDA or QualCoder with every finding already coded:
 * each document a text source (its kept text, src/lib/open-data/document-text.ts),
 * each finding a PlainTextSelection coded with its judgement and its themes.
 * Codes: "Judgements" and "Themes", each a group of codable codes; theme GUIDs
 * are those of themes.qdc, so the codebook and the project agree. Every GUID is
 * UUID v5 of a stable name and the zip's dates are fixed, so the same corpus
 * gives the same bytes. XML written line by line (./xml-lines.ts: the export has
 * an element per finding and per coding, too many to build as an object tree
 * first), zip by fflate. Pure.
 */
import { strToU8, zipSync } from 'fflate';
import { parse as parseUuid, v5 as uuidv5 } from 'uuid';
import type { Finding, SourceDocument } from '../../schemas/document.ts';
import { absoluteUrl, citePaths, type SiteLocation } from '../citation/site-url.ts';
import { formatDateRange } from '../dates.ts';
import { documentShortName, kindLabel } from '../documents.ts';
import { judgementLabel } from '../judgements.ts';
import { documentText } from './document-text.ts';
import { writeCodeBook } from './qdpx-codebook.ts';
import { themeGuid, THEME_GUID_NAMESPACE, type CodebookTheme } from './qdc.ts';
import { XmlLines } from './xml-lines.ts';

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
  const xml = new XmlLines();
  xml.open(0, 'Project', [
    ['xmlns', QDE_NAMESPACE],
    ['name', 'Front Door Findings'],
    ['origin', 'Front Door Findings'],
  ]);
  xml.open(1, 'Users');
  xml.leaf(2, 'User', [
    ['guid', user],
    ['name', 'Front Door Findings'],
  ]);
  xml.close(1, 'Users');
  writeCodeBook(xml, 1, themes, projectGuid, judgementGuid);
  const sources = new Map<string, string>();
  if (documents.length > 0) xml.open(1, 'Sources');
  for (const { doc, body } of documents) {
    const guid = projectGuid(`document:${doc.slug}`);
    const { text, spans } = documentText(body, doc.findings);
    sources.set(`${guid}.txt`, text);
    const findings = new Map(doc.findings.map((f) => [f.id, f]));
    xml.open(2, 'TextSource', [
      ['guid', guid],
      ['name', `${documentShortName(doc)} — ${kindLabel(doc.kind)}`],
      ['plainTextPath', `internal://${guid}.txt`],
      ['creatingUser', user],
    ]);
    xml.leaf(
      3,
      'Description',
      [],
      `${doc.title}. Inspection of ${formatDateRange(doc.inspection)}. ${absoluteUrl(at, citePaths.document(doc.slug))}`,
    );
    for (const span of spans) writeSelection(xml, findings.get(span.id)!, span);
    xml.close(2, 'TextSource');
  }
  if (documents.length > 0) xml.close(1, 'Sources');
  xml.close(0, 'Project');
  return { qde: xml.toString(), sources };

  function writeSelection(xml: XmlLines, f: Finding, span: { start: number; end: number }): void {
    xml.open(3, 'PlainTextSelection', [
      ['guid', projectGuid(`finding:${f.id}`)],
      ['name', f.id],
      ['startPosition', String(span.start)],
      ['endPosition', String(span.end)],
      ['creatingUser', user],
    ]);
    xml.leaf(
      4,
      'Description',
      [],
      `${judgementLabel(f.judgement)} ${f.id}: ${absoluteUrl(at, citePaths.finding(f.id))}`,
    );
    for (const target of [judgementGuid(f.judgement), ...f.themes.map((t) => themeCode(t.theme))]) {
      xml.open(4, 'Coding', [
        ['guid', projectGuid(`coding:${f.id}:${target}`)],
        ['creatingUser', user],
      ]);
      xml.leaf(5, 'CodeRef', [['targetGUID', target]]);
      xml.close(4, 'Coding');
    }
    xml.close(3, 'PlainTextSelection');
  }
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
