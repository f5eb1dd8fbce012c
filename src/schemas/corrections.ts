/**
 * Schemas for a corrections file (`<input folder>/corrections/<document slug>.yaml`):
 * changes by hand to what ingest parsed, each with a reason. Documented in
 * docs/corrections.md; read by scripts/ingest/correct/read-corrections.ts.
 */
import { z } from 'astro/zod';
import { judgementSchema } from './document.ts';

/** Words copied from a finding as it reads on the site: enough to name one finding. */
const quote = z.string().trim().min(3, 'quote at least a few words of the finding');
/** Why, in a sentence for readers: shown on the page as "Corrected by hand: <reason>". */
const reason = z.string().trim().min(1, 'say why, in a sentence for readers');

/**
 * Metadata a correction may set, with the words pages use for each. Not the slug,
 * kind or authority: they make the document's address, which citations use.
 */
export const FIELD_LABELS = {
  title: 'title',
  inspection: 'inspection dates',
  previousInspection: 'previous inspection',
  letterDate: 'letter date',
  inspector: 'inspector',
  recipient: 'recipient',
  copyTo: 'copy list',
  reportDate: 'report date',
  committee: 'committee',
  reportOf: 'report of',
  authors: 'authors',
  ofstedLetterDate: 'Ofsted letter date',
} as const;
export const CORRECTABLE_FIELDS = Object.keys(FIELD_LABELS) as [
  keyof typeof FIELD_LABELS,
  ...(keyof typeof FIELD_LABELS)[],
];

/** Each kind of correction, named by the key that starts its entry. */
export const correctionSchemas = {
  /** Cut one finding in two: the second part starts at `at`. */
  split: z.strictObject({ split: quote, at: quote, reason }),
  /** Join findings that follow each other in one findings section into one. */
  merge: z.strictObject({
    merge: z.array(quote).min(2, 'name at least two findings to merge'),
    reason,
  }),
  /** Give a finding another judgement, or mark it as stopping early. */
  finding: z
    .strictObject({
      finding: quote,
      judgement: judgementSchema.optional(),
      incomplete: z.literal(true).optional(),
      reason,
    })
    .refine(
      (c) => (c.judgement === undefined) !== (c.incomplete === undefined),
      'give either `judgement` or `incomplete: true`',
    ),
  /** Set one metadata field to a value (checked against the document schema). */
  field: z.strictObject({ field: z.enum(CORRECTABLE_FIELDS), value: z.unknown(), reason }),
  /** Mark the document as incomplete (the original has more), or not (a false alarm of the parse). */
  incomplete: z.strictObject({ incomplete: z.boolean(), reason }),
  /** A warning of the parse (by its code, e.g. `summary-mismatch`) was looked at: the document is right. Not shown to readers. */
  reviewed: z.strictObject({
    reviewed: z.string().regex(/^[a-z][a-z-]*$/, 'a warning code such as summary-mismatch'),
    reason,
  }),
} as const;

export type CorrectionKind = keyof typeof correctionSchemas;
export type Correction = {
  [K in CorrectionKind]: z.infer<(typeof correctionSchemas)[K]> & { kind: K };
}[CorrectionKind];
