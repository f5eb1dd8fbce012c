/**
 * The one schema for documents: ingest validates what it writes with it and
 * `src/content.config.ts` validates what Astro reads with it. Imported from
 * `astro/zod` (zod v4) so both sides use the very same zod instance.
 */
import { z } from 'astro/zod';
import { themeTagSchema } from './theme.ts';

/** The four judgements a letter's findings headings give (see docs/reference/ucra-framework.md). */
export const JUDGEMENTS = [
  'priority-action',
  'area-for-development',
  'strength',
  'meets-requirements',
] as const;
export const judgementSchema = z.enum(JUDGEMENTS);
export type Judgement = z.infer<typeof judgementSchema>;

/** ISO date, day precision (`2009-08-11`) or month precision (`2010-04`) when the source gives only a month. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'expected YYYY-MM-DD or YYYY-MM');

/** An inclusive date range; a single day or month has `start === end`. */
export const dateRangeSchema = z.object({
  /** First day (or month) of the range. */
  start: isoDateSchema,
  /** Last day (or month) of the range. */
  end: isoDateSchema,
});
export type DateRange = z.infer<typeof dateRangeSchema>;

/** A person named in a document. */
export const personSchema = z.object({
  /** Name as written, with title when given ("Ms Rachel Dickinson"). */
  name: z.string().min(1),
  /** Role as written ("Her Majesty's Inspector"); empty when not stated. */
  role: z.string(),
});
export type Person = z.infer<typeof personSchema>;

/** An English children's services authority, copied from `content/authorities.csv`. */
export const authoritySchema = z.object({
  /** Name as in the reference list ("Leicester", "City of London"). */
  name: z.string(),
  /** URL slug of the authority ("city-of-london"). */
  slug: z.string().regex(/^[a-z0-9-]+$/),
  /** GSS code in force in 2009–12 ("E06000016"). */
  gssCode: z.string().regex(/^E\d{8}$/),
  /** Government office region ("East Midlands"). */
  region: z.string(),
  /** Kind of authority ("unitary", "county", "London borough", …). */
  type: z.string(),
  /** DfE local authority code ("856"). */
  dfeCode: z.string(),
});
export type Authority = z.infer<typeof authoritySchema>;

/** Why a finding carries a theme — one schema, defined with the taxonomy. */
export { themeTagSchema, type ThemeTag } from './theme.ts';

/**
 * A correction by hand from the document's corrections file (see docs/corrections.md):
 * what was changed and why. Shown on the page as "Corrected by hand: <reason>".
 */
export const correctionNoteSchema = z.object({
  /** What was changed, for people ("judgement set to strength; the parse read area for development"). */
  change: z.string().min(1),
  /** Why, in the maintainer's words. */
  reason: z.string().min(1),
});
export type CorrectionNote = z.infer<typeof correctionNoteSchema>;

/** One finding: a bullet, numbered item or paragraph under a findings heading. */
export const findingSchema = z.object({
  /** Permanent id, e.g. `leicester-2009-08-d3`; also the `#anchor` on the letter page. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Judgement given by the heading the finding sits under. */
  judgement: judgementSchema,
  /** The heading as written in the source ("Areas for development"). */
  heading: z.string(),
  /** Position among the document's findings, from 1, in source order. */
  position: z.number().int().positive(),
  /** The finding's text exactly as in the source, after cleaning (furniture out, page breaks rejoined). */
  text: z.string().min(1),
  /** The finding says the point was raised at the previous inspection. */
  repeatsPrevious: z.boolean(),
  /** Themes, in taxonomy order, each with the reason it applies. */
  themes: z.array(themeTagSchema),
  /** 1-based line of the source file where the finding starts. */
  line: z.number().int().positive(),
  /** Page of the original PDF the finding starts on, when the source was a PDF. */
  page: z.number().int().positive().optional(),
  /** Present when the finding's text stops early (the source ends mid-finding): the original may have more. */
  incomplete: z.literal(true).optional(),
  /** Present when a correction by hand split, merged, re-judged or marked this finding. */
  corrections: z.array(correctionNoteSchema).min(1).optional(),
});
export type Finding = z.infer<typeof findingSchema>;

/** Where a document came from. */
export const sourceSchema = z.object({
  /** File name in `seeds/` (or the `--in` folder). */
  file: z.string(),
  /** SHA-256 of the file's bytes, so a reader can check the source they hold. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The encoding the bytes were decoded from; `pdf` when the text is a PDF's text layer. */
  encoding: z.enum(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'pdf']),
  /** For a PDF: the generated text it was parsed from (`extracted/<name>.txt` in the content folder); findings' `line` numbers are of this file. */
  text: z.string().optional(),
  /** Address of the original PDF when known. */
  pdfUrl: z.string().url().optional(),
});

const commonFields = {
  /** URL slug: `<authority>-<inspection YYYY-MM>` (plus `-council-report` for reports). */
  slug: z.string().regex(/^[a-z0-9-]+$/),
  /** Title for pages and citations. */
  title: z.string(),
  /** The council inspected. */
  authority: authoritySchema,
  /** The two inspection days. */
  inspection: dateRangeSchema,
  /** The previous inspection of the same arrangements, when the document states it. */
  previousInspection: dateRangeSchema.nullable(),
  /** Findings in source order. */
  findings: z.array(findingSchema),
  /** Provenance. */
  source: sourceSchema,
  /** Present when the text ends early (with the evidence): the original may have more. */
  incomplete: z.object({ reason: z.string().min(1) }).optional(),
  /** Present when a correction by hand changed the document's metadata or marked it (un)finished. */
  corrections: z.array(correctionNoteSchema).min(1).optional(),
};

/** An Ofsted letter: Ofsted's own words. */
export const letterSchema = z.object({
  kind: z.literal('ofsted-letter'),
  ...commonFields,
  /** Date of the letter. */
  letterDate: isoDateSchema,
  /** The signatory. */
  inspector: personSchema,
  /** The addressee (usually the Director of Children's Services). */
  recipient: personSchema,
  /** The copy list, one entry per person, as written. */
  copyTo: z.array(z.string()),
  /** Whether the inspection identified any area for priority action. */
  priorityActionsIdentified: z.boolean(),
});

/** A council committee report about an inspection: the council's words, not Ofsted's. */
export const councilReportSchema = z.object({
  kind: z.literal('council-report'),
  ...commonFields,
  /** Date of the committee meeting the report went to. */
  reportDate: isoDateSchema,
  /** The committee ("Executive Board"). */
  committee: z.string(),
  /** Whose report it is ("Director of Children's Services"). */
  reportOf: z.string(),
  /** Originators / authors named on the report. */
  authors: z.array(z.string()),
  /** Date of the Ofsted letter the report discusses, when stated. */
  ofstedLetterDate: isoDateSchema.nullable(),
  /**
   * The council's formal name as Ofsted's letters to it write it ("Leeds City Council"), when the
   * corpus has such a letter: reports call their council "the Council". Null when it has none.
   */
  council: z.string().nullable(),
});

/** Any ingested document. */
export const documentSchema = z.discriminatedUnion('kind', [letterSchema, councilReportSchema]);
export type Letter = z.infer<typeof letterSchema>;
export type CouncilReport = z.infer<typeof councilReportSchema>;
export type SourceDocument = z.infer<typeof documentSchema>;
export type DocumentKind = SourceDocument['kind'];
