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
 * citeproc-js takes 2–3 ms a reference, and a build shows two on every letter
 * and finding page: at 450 letters that was the largest single cost of the
 * build. Yet references of one kind differ only in fields that both styles
 * print exactly as given (id, title, URL, author, publisher, genre) and in the
 * date, of which they print only the year. So a reference is rendered once per
 * *shape* — the item with those fields replaced by tokens, its year, and no
 * abstract or short title (neither style prints them) — and the item's own
 * values are put in place of the tokens. A shape is used only after proof that it is safe (see
 * {@link makeTemplate}), and only for values that citeproc-js would print
 * unchanged ({@link PLAIN}); anything else is rendered on its own.
 * A shape also records the case of each value's first letter and its last
 * character, which decide what a style capitalises and the punctuation it adds
 * after the field (no full stop after a title ending in "?").
 */
export function referenceHtml(item: CslItem | DatasetCsl, style: ReferenceStyle): string {
  const values = fieldValues(item);
  if (!Object.values(values).every((v) => PLAIN.test(v) && !/fdf[a-z]*zq/i.test(v)))
    return renderReference(item, style);
  const shape = tokenised(item);
  const year = 'issued' in item ? item.issued['date-parts'][0] : [];
  // The case of each value's first character and its last character are part of the shape: they decide
  // what a style capitalises and the punctuation it adds after a field.
  const ends = Object.values(values)
    .map(
      (v) =>
        `${/^\p{Lu}/u.test(v) ? 'A' : /^\p{Ll}/u.test(v) ? 'a' : '-'}${v.slice(-1).replace(/\p{L}/u, 'a').replace(/\p{N}/u, '0')}`,
    )
    .join('');
  const key = `${style}\u0000${year[0]}/${year.length}\u0000${ends}\u0000${JSON.stringify({ ...shape, issued: undefined })}`;
  let template = templates.get(key);
  if (template === undefined) {
    template = makeTemplate(item, shape, style);
    templates.set(key, template);
  }
  return template === null ? renderReference(item, style) : fill(template, values);
}

/**
 * The fields both styles print verbatim, and the token that stands for each in a shape: letters only, capitalised
 * like the values (APA capitalises a genre's first letter), so a style that changes one shows it.
 */
const TOKENS = {
  id: 'Fdfidzq',
  title: 'Fdftitlezq',
  URL: 'Fdfurlzq',
  author: 'Fdfauthorzq',
  publisher: 'Fdfpublisherzq',
  genre: 'Fdfgenrezq',
} as const;
type Field = keyof typeof TOKENS;

/**
 * Values citeproc-js prints exactly as given in HTML: no quotes or apostrophes
 * (it curls them), no `&`, `<` or `>` (it escapes them), nothing markup-like.
 */
const PLAIN = /^[\p{L}\p{N} ,.:;()/–—-]*$/u;

function fieldValues(item: CslItem | DatasetCsl): Record<Field, string> {
  return {
    id: item.id,
    title: item.title,
    URL: item.URL,
    author: item.author[0].literal,
    publisher: item.publisher,
    genre: 'genre' in item ? item.genre : '',
  };
}

function tokenised(item: CslItem | DatasetCsl): CslItem | DatasetCsl {
  // Neither style prints the abstract or the short title in a reference (check (3) of makeTemplate proves it per shape).
  const {
    abstract: _abstract,
    number: _number,
    'title-short': _short,
    ...printed
  } = item as CslItem;
  const shape = {
    ...printed,
    id: TOKENS.id,
    title: TOKENS.title,
    URL: TOKENS.URL,
    author: [{ literal: TOKENS.author }],
    publisher: TOKENS.publisher,
  } as CslItem;
  if ('genre' in item) shape.genre = TOKENS.genre;
  return shape;
}

const fill = (template: string, values: Record<Field, string>): string =>
  (Object.keys(TOKENS) as Field[]).reduce(
    (html, field) => html.replaceAll(TOKENS[field], values[field]),
    template,
  );

/**
 * The template for a shape, or null when the shape cannot be templated. Safe
 * only if (1) every token comes out exactly as it went in (no style changed
 * its case), (2) another month and day of the same year give the same text
 * (the style prints the year alone), and (3) the template filled with this
 * item's values equals citeproc-js's own rendering of the item, abstract and all.
 */
function makeTemplate(
  item: CslItem | DatasetCsl,
  shape: CslItem | DatasetCsl,
  style: ReferenceStyle,
): string | null {
  const template = renderReference(shape, style);
  const lower = template.toLowerCase();
  if (
    Object.values(TOKENS).some(
      (t) => lower.split(t.toLowerCase()).length !== template.split(t).length,
    )
  )
    return null;
  if ('issued' in shape) {
    const [y, m, d] = shape.issued['date-parts'][0];
    const moved = {
      ...shape,
      issued: {
        'date-parts': [
          d === undefined ? [y, m === 1 ? 2 : 1] : [y, m === 1 ? 2 : 1, d === 1 ? 2 : 1],
        ],
      },
    } as CslItem;
    if (renderReference(moved, style) !== template) return null;
  }
  return fill(template, fieldValues(item)) === renderReference(item, style) ? template : null;
}

const templates = new Map<string, string | null>();

/** How many shapes have a template and how many could not be templated (for the test that the cache works). */
export function referenceTemplateStats(): { templated: number; refused: number } {
  const all = [...templates.values()];
  return {
    templated: all.filter((t) => t !== null).length,
    refused: all.filter((t) => t === null).length,
  };
}

/** {@link referenceHtml} without the template cache (exported for the test that they agree). */
export function renderReference(item: CslItem | DatasetCsl, style: ReferenceStyle): string {
  const wantsAccessed = style === 'harvard' || !('issued' in item);
  // The locator stays out of the printed reference: APA title-cases it ("Leicester-2009-08-D3"), and the URL carries it.
  const { number: _number, ...printed } = item as CslItem;
  const data = wantsAccessed ? { ...printed, accessed: ACCESSED_PLACEHOLDER } : printed;
  const entries = new Cite([data]).format('bibliography', {
    format: 'html',
    template: STYLES[style],
    lang: 'en-GB',
    asEntryArray: true,
  }) as [string, string][];
  // citeproc-js wraps each entry in <div class="csl-entry">…</div>; the page supplies its own element.
  const html = entries[0]?.[1] ?? '';
  const inner = /^\s*<div[^>]*class="csl-entry">([\s\S]*)<\/div>\s*$/.exec(html)?.[1];
  if (inner === undefined)
    throw new Error(
      `citeproc-js returned an unexpected ${style} entry for ${item.id}: ${html.slice(0, 200)}`,
    );
  return inner.trim();
}

const BIBTEX_MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;

/**
 * A BibTeX `@techreport` entry keyed by the item id (the classic BibTeX types
 * import everywhere). citation-js writes the day into the month as a braced
 * literal (`month = {jun 9}`), which BibTeX prints as "jun 9 2011"; the month
 * is written as BibTeX's own macro instead (`month = jun`, printed "June"),
 * and the full date as biblatex's `date` field, which BibTeX ignores.
 * citation-js leaves the language out of `@techreport`; `language` (biblatex's
 * and Zotero's name, also ignored by BibTeX) puts it back, so Zotero's BibTeX
 * import keeps `en-GB` as its RIS and CSL JSON imports do.
 */
export function toBibtex(item: CslItem): string {
  const bib = new Cite([item]).format('bibtex', { format: 'text' }) as string;
  const [year, month, day] = item.issued['date-parts'][0];
  const iso = [year, month, day]
    .filter((n) => n !== undefined)
    .map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0')))
    .join('-');
  const lines = `\tmonth = ${BIBTEX_MONTHS[month - 1]},\n\tdate = {${iso}},\n\tlanguage = {${item.language}},\n`;
  const replaced = bib.replace(/^\tmonth = \{[^}\n]*\},\n/m, lines);
  if (replaced === bib)
    throw new Error(
      `citation-js wrote no month line for ${item.id}: the BibTeX month fix in src/lib/citation/formats.ts needs updating`,
    );
  return replaced;
}

/** RIS dates are `YYYY/MM/DD/`; citation-js writes `2009/9/2/`, which strict importers misread. */
const padRisDate = (value: string): string =>
  value.replace(
    /^(\d{4})\/(\d{1,2})\/(\d{1,2})?/,
    (_, y: string, m: string, d?: string) =>
      `${y}/${m.padStart(2, '0')}/${d ? d.padStart(2, '0') : ''}`,
  );

/**
 * An RIS record (`TY  - RPRT` … `ER  - `). citation-js maps the fields; we
 * join the lines ourselves because its text output hard-wraps every value at
 * 70 characters mid-word, which importers rejoin with a space or a newline
 * ("arra ngements"). RIS has no escaping: a value is the rest of its line.
 */
export function toRis(item: CslItem): string {
  const [record] = new Cite([item]).format('ris', { format: 'object' }) as Record<
    string,
    string | string[]
  >[];
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
export const toCslJson = (item: CslItem): string =>
  `${new Cite([item]).format('data', { format: 'text' }) as string}\n`;
