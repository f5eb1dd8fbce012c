/**
 * Turns a CSL-JSON item into every format we offer, with citation-js
 * (https://citation.js.org): APA 7 and Cite Them Right Harvard through
 * citeproc-js and the CSL styles citation-js ships (`apa`, `harvard1` — which
 * in @citation-js/plugin-csl 0.8 is "Cite Them Right 12th edition"), BibTeX
 * and RIS through its converters, CSL-JSON as normalised by it. Runs at build
 * time only; nothing here reaches the browser.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { JUDGEMENT_ORDER, judgementLabel } from '../judgements.ts';
import type { CslItem, DatasetCsl } from './csl.ts';

// Cite keys = our permanent ids ("leicester-2009-08-d3"). The default key
// (author+year+title word) is the same for every finding of a letter, and
// checkLabel would strip the hyphens; our ids are [a-z0-9-], valid BibTeX keys.
const bibtexConfig = plugins.config.get('@bibtex').format!;
bibtexConfig.useIdAsLabel = true;
bibtexConfig.checkLabel = false;

/** Reference styles shown on pages, by their citation-js template name. */
export const STYLES = { apa: 'apa', harvard: 'harvard1' } as const;
export type ReferenceStyle = keyof typeof STYLES;

/** Accessed dates are the reader's to fill in: a literal CSL date prints as given. */
const ACCESSED_PLACEHOLDER = { literal: '[date]' };

/**
 * One reference as HTML (italic title; text escaped by citeproc-js). Harvard
 * ends "(Accessed: [date])" for the reader to complete; APA 7 asks for a
 * retrieval date only for undated, changing sources (the data set).
 *
 * citeproc-js takes 1–2 ms a reference and the build renders two per finding
 * page (a third of a 150-letter build's CPU time), yet the findings of one
 * document differ only in their id (in `id`, `title` and `URL`), judgement (in
 * `title`, just before the id) and `abstract`, which neither style prints. So
 * each reference is rendered once per shape — the item without its abstract,
 * with its id and that judgement label replaced by tokens — and the tokens
 * replaced again: one citeproc call per document instead of one per finding.
 */
export function referenceHtml(item: CslItem | DatasetCsl, style: ReferenceStyle): string {
  // An id that needs escaping (or could clash with the token) is rendered on its own.
  if (!/^[a-z0-9][a-z0-9-]*$/.test(item.id) || /fdf(id|label)tokenzq/.test(JSON.stringify(item))) return renderReference(item, style);
  const { abstract: _abstract, ...printed } = item as CslItem;
  let shape = JSON.stringify(printed).replaceAll(item.id, ID_TOKEN);
  const label = TITLE_LABELS.find((l) => shape.includes(`${l} ${ID_TOKEN}`));
  if (label !== undefined) shape = shape.replaceAll(`${label} ${ID_TOKEN}`, `${LABEL_TOKEN} ${ID_TOKEN}`);
  const key = `${style}\u0000${shape}`;
  let template = templates.get(key);
  if (template === undefined) {
    template = renderReference(JSON.parse(shape) as CslItem | DatasetCsl, style);
    // Had the style changed a token (capitalised it, say), it would change the id or label too: no template then.
    const lower = template.toLowerCase();
    if ([ID_TOKEN, LABEL_TOKEN].some((t) => lower.split(t).length !== template!.split(t).length)) template = null;
    templates.set(key, template);
  }
  if (template === null) return renderReference(item, style);
  return template.replaceAll(LABEL_TOKEN, label ?? LABEL_TOKEN).replaceAll(ID_TOKEN, item.id);
}

/** Stand for the item's id and judgement in a reference template: letters only, so citeproc-js prints them as they are. */
const ID_TOKEN = 'fdfidtokenzq';
const LABEL_TOKEN = 'fdflabeltokenzq';
/** Judgement labels as a finding's title has them, just before its id (csl.ts, findingTitle). */
const TITLE_LABELS = JUDGEMENT_ORDER.map((j) => judgementLabel(j).toLowerCase());
const templates = new Map<string, string | null>();

/** {@link referenceHtml} without the template cache (exported for the test that they agree). */
export function renderReference(item: CslItem | DatasetCsl, style: ReferenceStyle): string {
  const wantsAccessed = style === 'harvard' || !('issued' in item);
  const data = wantsAccessed ? { ...item, accessed: ACCESSED_PLACEHOLDER } : item;
  const entries = new Cite([data]).format('bibliography', { format: 'html', template: STYLES[style], lang: 'en-GB', asEntryArray: true }) as [string, string][];
  // citeproc-js wraps each entry in <div class="csl-entry">…</div>; the page supplies its own element.
  const html = entries[0]?.[1] ?? '';
  const inner = /^\s*<div[^>]*class="csl-entry">([\s\S]*)<\/div>\s*$/.exec(html)?.[1];
  if (inner === undefined) throw new Error(`citeproc-js returned an unexpected ${style} entry for ${item.id}: ${html.slice(0, 200)}`);
  return inner.trim();
}

/** A BibTeX `@techreport` entry keyed by the item id (the classic BibTeX types import everywhere). */
export const toBibtex = (item: CslItem): string => new Cite([item]).format('bibtex', { format: 'text' }) as string;

/** RIS dates are `YYYY/MM/DD/`; citation-js writes `2009/9/2/`, which strict importers misread. */
const padRisDate = (value: string): string => value.replace(/^(\d{4})\/(\d{1,2})\/(\d{1,2})?/, (_, y: string, m: string, d?: string) => `${y}/${m.padStart(2, '0')}/${d ? d.padStart(2, '0') : ''}`);

/**
 * An RIS record (`TY  - RPRT` … `ER  - `). citation-js maps the fields; we
 * join the lines ourselves because its text output hard-wraps every value at
 * 70 characters mid-word, which importers rejoin with a space or a newline
 * ("arra ngements"). RIS has no escaping: a value is the rest of its line.
 */
export function toRis(item: CslItem): string {
  const [record] = new Cite([item]).format('ris', { format: 'object' }) as Record<string, string | string[]>[];
  if (!record?.TY) throw new Error(`citation-js produced no RIS record for ${item.id}`);
  const lines = [`TY  - ${record.TY}`];
  for (const [tag, value] of Object.entries(record)) {
    if (tag === 'TY') continue;
    for (const v of [value].flat()) {
      const text = String(v).replace(/\s*\n\s*/g, ' ');
      lines.push(`${tag}  - ${tag === 'DA' ? padRisDate(text) : text}`);
    }
  }
  lines.push('ER  - ');
  return `${lines.join('\r\n')}\r\n`;
}

/** CSL-JSON, an array of one item, as citation-js normalises it (what Zotero and pandoc read). */
export const toCslJson = (item: CslItem): string => `${new Cite([item]).format('data', { format: 'text' }) as string}\n`;
