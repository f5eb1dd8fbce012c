/**
 * What Zotero made of one citable page, or of a citation file beside it,
 * judged against what the page says about itself. Zotero's translation-server
 * returns the item its "Embedded Metadata" translator saved from the page, or
 * its RIS, CSL JSON or BibTeX import translator from `cite.ris`, `cite.json`,
 * `cite.bib`; every field a reader's library keeps is checked here: type, a
 * human title, creators (a corporate body must never arrive as a person),
 * report number, date, language, URL, institution, a finding's words as the
 * abstract, and the short title that in-text citations show. Pure.
 */
import type { CitablePage } from './citable-pages.ts';

/** A creator as Zotero returns it: a person (two fields) or, with `fieldMode: 1`, one name. */
export interface ZoteroCreator {
  creatorType: string;
  firstName?: string;
  lastName?: string;
  name?: string;
  fieldMode?: number;
}

/** The fields of a Zotero item this check reads (the server returns more). */
export interface ZoteroItem {
  itemType: string;
  title?: string;
  shortTitle?: string;
  creators?: ZoteroCreator[];
  reportNumber?: string;
  date?: string;
  language?: string;
  url?: string;
  institution?: string;
  abstractNote?: string;
}

const isPerson = (c: ZoteroCreator): boolean => c.fieldMode !== 1 && c.name === undefined;

/** Where the item came from: the page itself, or the citation file of that extension beside it. */
export type ZoteroSource = 'page' | 'ris' | 'json' | 'bib';

/** One line per thing Zotero got wrong for `page` (read from `source`); empty when it got everything right. */
export function zoteroProblems(
  page: CitablePage,
  items: ZoteroItem[],
  source: ZoteroSource = 'page',
): string[] {
  if (items.length !== 1) return [`Zotero found ${items.length} items, expected one`];
  const [item] = items as [ZoteroItem];
  const tag = (name: string) => page.meta[name];
  const problems: string[] = [];
  const expect = (field: string, got: string | undefined, want: string | undefined) => {
    if (got !== want)
      problems.push(
        `${field} is ${JSON.stringify(got)}, ${want === undefined ? 'the page gives none' : `the page says ${JSON.stringify(want)}`}`,
      );
  };

  if (item.itemType !== 'report')
    problems.push(
      `saved as ${item.itemType}, not a report (citation_technical_report_institution missing?)`,
    );
  expect('title', item.title, tag('citation_title'));
  if (!item.title || item.title.includes(page.id))
    problems.push(
      `title ${JSON.stringify(item.title)} is not a human title (it holds the id ${page.id})`,
    );
  const creators = item.creators ?? [];
  for (const c of creators.filter(isPerson))
    problems.push(
      `creator "${[c.firstName, c.lastName].filter(Boolean).join(' ')}" arrives as a person (first name ${JSON.stringify(c.firstName ?? '')}, last name ${JSON.stringify(c.lastName ?? '')}): every author here is a corporate body`,
    );
  // The files name the author, whole; the page cannot without Zotero splitting it, so it names none.
  if (source !== 'page')
    expect(
      'author',
      creators.map((c) => c.name ?? c.lastName).join('; '),
      tag('citation_technical_report_institution'),
    );
  expect('reportNumber', item.reportNumber, page.id);
  const date = tag('citation_publication_date') ?? '';
  if (source === 'page') {
    expect('date', item.date, date);
    if (!/^\d{4}\/\d{2}(\/\d{2})?$/.test(item.date ?? ''))
      problems.push(`date ${JSON.stringify(item.date)} is not YYYY/MM/DD`);
  } else if (!item.date?.includes(date.slice(0, 4)))
    problems.push(`date ${JSON.stringify(item.date)} is not in ${date.slice(0, 4)}`);
  expect('language', item.language, 'en-GB');
  // Zotero collapses white space in what it reads from a page.
  const words = tag('citation_abstract')?.replace(/\s+/g, ' ').trim();
  // BibTeX carries no abstract (citation-js writes none for @techreport): none is fine there.
  const abstract = item.abstractNote?.replace(/\s+/g, ' ').trim();
  if (words && abstract !== words && (source !== 'bib' || abstract !== undefined))
    problems.push(`abstract is not the finding's words: ${JSON.stringify(item.abstractNote)}`);
  expect('url', item.url, tag('citation_public_url'));
  if (item.url && !new URL(item.url).pathname.endsWith(page.path))
    problems.push(`url ${item.url} is not this page's (${page.path})`);
  expect('institution', item.institution, tag('citation_technical_report_institution'));
  if (!item.institution) problems.push('no institution (publisher): the corporate body is lost');
  // BibTeX has no short title field that BibTeX itself knows; Zotero then keeps none, which is harmless.
  if (source !== 'bib' || item.shortTitle !== undefined)
    expect('shortTitle', item.shortTitle, tag('bibo.shortTitle'));
  return problems;
}

/** Short titles that more than one page gave Zotero (an in-text citation could not tell them apart). */
export function sharedShortTitles(saved: { path: string; shortTitle?: string }[]): string[] {
  const byTitle = new Map<string, string[]>();
  for (const { path, shortTitle } of saved)
    if (shortTitle) byTitle.set(shortTitle, [...(byTitle.get(shortTitle) ?? []), path]);
  return [...byTitle]
    .filter(([, paths]) => paths.length > 1)
    .map(([title, paths]) => `short title "${title}" is shared by ${paths.join(', ')}`);
}
