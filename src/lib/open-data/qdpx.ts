/**
 * The whole corpus as a REFI-QDA project (.qdpx: a zip of project.qde and
 * sources/; https://www.qdasoftware.org/products-project-exchange/), so it opens
 * in NVivo, ATLAS.ti, MAXQDA or QualCoder with every finding already coded:
 * each document a text source (its kept text, src/lib/open-data/document-text.ts),
 * each finding a PlainTextSelection coded with its judgement and its themes.
 * Codes: "Judgements" and "Themes", each a group of codable codes; theme GUIDs
 * are those of themes.qdc, so the codebook and the project agree. Every GUID is
 * UUID v5 of a stable name and the zip's dates are fixed, so the same corpus
 * gives the same bytes. XML by xmlbuilder2, zip by fflate. Pure.
 */
import { strToU8, zipSync } from 'fflate';
import { v5 as uuidv5 } from 'uuid';
import { create } from 'xmlbuilder2';
import type { SourceDocument } from '../../schemas/document.ts';
import { absoluteUrl, citePaths, type SiteLocation } from '../citation/site-url.ts';
import { formatDateRange } from '../dates.ts';
import { documentShortName, kindLabel } from '../documents.ts';
import { JUDGEMENT_ORDER, judgementLabel, judgementMeaning } from '../judgements.ts';
import { documentText } from './document-text.ts';
import { themeGuid, THEME_GUID_NAMESPACE, type CodebookTheme } from './qdc.ts';

/** The REFI-QDA project namespace. */
export const QDE_NAMESPACE = 'urn:QDA-XML:project:1.0';

/** A stable GUID for anything else in the project (documents, findings, codings, groups). */
export const projectGuid = (name: string): string => uuidv5(name, THEME_GUID_NAMESPACE);

/** Zip entries' modification time: fixed (the DOS epoch), so builds are reproducible. */
const ZIP_TIME = new Date(Date.UTC(1980, 0, 1));

/** What the export needs about one document. */
export interface QdpxDocument { doc: SourceDocument; body: string }

/** The project.qde XML and the source texts by file name. */
export function qdpxFiles(documents: readonly QdpxDocument[], themes: readonly CodebookTheme[], at: SiteLocation): { qde: string; sources: Map<string, string> } {
  const user = projectGuid('user:front-door-findings');
  const judgementGuid = (j: string) => projectGuid(`judgement:${j}`);
  const root = create({ version: '1.0', encoding: 'utf-8' }).ele(QDE_NAMESPACE, 'Project', { name: 'Front Door Findings', origin: 'Front Door Findings' });
  root.ele('Users').ele('User', { guid: user, name: 'Front Door Findings' });
  const codes = root.ele('CodeBook').ele('Codes');
  const judgements = codes.ele('Code', { guid: projectGuid('group:judgements'), name: 'Judgements', isCodable: 'false' });
  judgements.ele('Description').txt('The heading each finding sits under in its letter or report.');
  for (const j of JUDGEMENT_ORDER) judgements.ele('Code', { guid: judgementGuid(j), name: judgementLabel(j), isCodable: 'true' }).ele('Description').txt(`${judgementMeaning(j)}\n\nFront Door Findings judgement id: ${j}`);
  const themeGroup = codes.ele('Code', { guid: projectGuid('group:themes'), name: 'Themes', isCodable: 'false' });
  themeGroup.ele('Description').txt('Themes from the Front Door Findings taxonomy, tagged by written phrase rules.');
  for (const t of themes) themeGroup.ele('Code', { guid: themeGuid(t.id), name: t.label, isCodable: 'true' }).ele('Description').txt(`${t.description}\n\nFront Door Findings theme id: ${t.id}`);

  const sourcesEl = root.ele('Sources');
  const sources = new Map<string, string>();
  for (const { doc, body } of documents) {
    const guid = projectGuid(`document:${doc.slug}`);
    const { text, spans } = documentText(body, doc.findings);
    sources.set(`${guid}.txt`, text);
    const source = sourcesEl.ele('TextSource', { guid, name: `${documentShortName(doc)} — ${kindLabel(doc.kind)}`, plainTextPath: `internal://${guid}.txt`, creatingUser: user });
    source.ele('Description').txt(`${doc.title}. Inspection of ${formatDateRange(doc.inspection)}. ${absoluteUrl(at, citePaths.document(doc.slug))}`);
    const findings = new Map(doc.findings.map((f) => [f.id, f]));
    for (const span of spans) {
      const f = findings.get(span.id)!;
      const sel = source.ele('PlainTextSelection', { guid: projectGuid(`finding:${f.id}`), name: f.id, startPosition: String(span.start), endPosition: String(span.end), creatingUser: user });
      sel.ele('Description').txt(`${judgementLabel(f.judgement)} ${f.id}: ${absoluteUrl(at, citePaths.finding(f.id))}`);
      for (const target of [judgementGuid(f.judgement), ...f.themes.map((t) => themeGuid(t.theme))]) {
        sel.ele('Coding', { guid: projectGuid(`coding:${f.id}:${target}`), creatingUser: user }).ele('CodeRef', { targetGUID: target });
      }
    }
  }
  return { qde: `${root.end({ prettyPrint: true })}\n`, sources };
}

/** The .qdpx file's bytes. */
export function qdpxProject(documents: readonly QdpxDocument[], themes: readonly CodebookTheme[], at: SiteLocation): Uint8Array {
  const { qde, sources } = qdpxFiles(documents, themes, at);
  const entries: Record<string, Uint8Array> = { 'project.qde': strToU8(qde) };
  for (const [name, text] of [...sources].sort(([a], [b]) => a.localeCompare(b))) entries[`sources/${name}`] = strToU8(text);
  return zipSync(entries, { level: 6, mtime: ZIP_TIME });
}
