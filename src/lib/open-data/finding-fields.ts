/**
 * The columns of /data/findings.csv and the keys of /data/findings.json, in
 * order, each with the meaning the /data/ page prints. One list, so the files
 * and their documentation cannot drift apart.
 */

/** One documented column. */
export interface FieldDoc {
  /** Column / key name (snake_case, stable). */
  name: string;
  /** Type as it appears in findings.json (CSV holds the same as text). */
  type: string;
  /** What it means, for the /data/ page. */
  meaning: string;
}

export const FINDING_FIELDS = [
  {
    name: 'id',
    type: 'string',
    meaning:
      'Permanent finding id, e.g. leicester-2009-08-d3: authority, inspection year-month, judgement letter (p, s, m, d), number; council reports add -cr. Never reused.',
  },
  { name: 'url', type: 'string (URL)', meaning: 'The finding’s permanent page on this site.' },
  {
    name: 'status',
    type: '"active" | "retired"',
    meaning:
      'active while the finding is in its document; retired once a re-ingest no longer finds it (the id and its page remain).',
  },
  {
    name: 'retired_because',
    type: 'string',
    meaning: 'Why the id was retired; empty for active findings.',
  },
  {
    name: 'judgement',
    type: 'string',
    meaning:
      'priority-action, area-for-development, strength or meets-requirements: the heading the finding sits under.',
  },
  {
    name: 'themes',
    type: 'string[] (CSV: ids joined by ";")',
    meaning: 'Theme ids from themes.json, in taxonomy order; empty for retired findings.',
  },
  {
    name: 'text',
    type: 'string',
    meaning:
      'The finding’s words exactly as in the source after cleaning (page furniture removed, page breaks rejoined). May contain commas, quotes and line breaks.',
  },
  {
    name: 'position',
    type: 'integer | null',
    meaning: 'Position among the document’s findings, from 1; empty for retired findings.',
  },
  {
    name: 'repeats_previous',
    type: 'boolean | null',
    meaning:
      'true when the finding says it was raised at the previous inspection; empty for retired findings.',
  },
  {
    name: 'authority',
    type: 'string',
    meaning: 'The council inspected, as named in the authorities reference list.',
  },
  {
    name: 'gss_code',
    type: 'string',
    meaning: 'GSS code of the authority in 2009–12 (e.g. E06000016).',
  },
  { name: 'region', type: 'string', meaning: 'Government office region of the authority.' },
  { name: 'inspection_start', type: 'date (YYYY-MM-DD)', meaning: 'First day of the inspection.' },
  { name: 'inspection_end', type: 'date (YYYY-MM-DD)', meaning: 'Last day of the inspection.' },
  {
    name: 'letter_date',
    type: 'date | null',
    meaning:
      'Date of Ofsted’s letter; for a council report, the letter date the report gives (empty when not stated).',
  },
  {
    name: 'report_date',
    type: 'date | null',
    meaning: 'Date of the council committee report; empty for Ofsted letters.',
  },
  {
    name: 'document_kind',
    type: '"ofsted-letter" | "council-report"',
    meaning: 'Whose words: Ofsted’s letter, or the council’s own summary of it.',
  },
  {
    name: 'document_slug',
    type: 'string',
    meaning: 'The document’s id in letters.json and its page: /letters/<document_slug>/.',
  },
  {
    name: 'source_file',
    type: 'string',
    meaning:
      'The plain-text source file the document was ingested from (its SHA-256 is in letters.json).',
  },
  {
    name: 'next_outcome',
    type: '"raised-again" | "now-met" | "declined" | "held" | "not-mentioned" | null',
    meaning:
      'What the authority’s next Ofsted letter on the site says about the finding (see /about/follow-up/); empty when the site has no later letter, or for council reports and retired findings.',
  },
  {
    name: 'next_basis',
    type: '"finding-statement" | "letter-summary" | "similar-finding" | "none" | null',
    meaning:
      'What next_outcome rests on: a later finding that says it repeats the point, the later letter’s summary of the previous inspection, a later finding with a shared theme and words, or nothing.',
  },
  {
    name: 'next_document_slug',
    type: 'string | null',
    meaning: 'The later letter (/letters/<next_document_slug>/).',
  },
  {
    name: 'next_finding',
    type: 'string | null',
    meaning: 'Id of the later finding the link points to, when there is one.',
  },
  {
    name: 'next_reason',
    type: 'string | null',
    meaning:
      'Why, in words: the quoted sentence of the later letter, or the shared themes and words.',
  },
] as const satisfies readonly FieldDoc[];

/** A column name. */
export type FindingField = (typeof FINDING_FIELDS)[number]['name'];

/** Column names in order. */
export const FINDING_COLUMNS: FindingField[] = FINDING_FIELDS.map((f) => f.name);
