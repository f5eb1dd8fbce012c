/**
 * Schemas of the gold set in docs/themes/gold/: the findings to label
 * (findings.jsonl), the labels (labels.jsonl) and the tune/held split (split.json).
 * See docs/themes/gold/README.md.
 */
import { z } from 'astro/zod';
import { judgementSchema } from '../../../src/schemas/document.ts';

/** One finding to label: a seed finding or one written in the letters' style. No labels here, ever. */
export const goldFindingSchema = z.strictObject({
  /** The finding id (seed) or `written-NNN`. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** The finding's judgement. */
  judgement: judgementSchema,
  /** The finding's words, exactly. */
  text: z.string().min(1),
  /** `seed`: from content/letters; `written`: written in the letters' style for the gold set. */
  source: z.enum(['seed', 'written']),
});

/** One finding to label. */
export type GoldFinding = z.infer<typeof goldFindingSchema>;

/** One labeller's themes for one finding. */
export const goldLabelSchema = z.strictObject({
  /** The finding id in findings.jsonl. */
  id: z.string().min(1),
  /** Ids of every theme the finding addresses (may be empty). */
  themes: z.array(z.string().min(1)),
  /** Who labelled it (initials or a name); a finding may have labels from several labellers. */
  labeller: z.string().min(1),
});

/** One label line. */
export type GoldLabel = z.infer<typeof goldLabelSchema>;

/** Which part of the gold set a finding is in: tuned on, or held back for the final measurement. */
export const goldPartSchema = z.enum(['tune', 'held']);

/** A part name. */
export type GoldPart = z.infer<typeof goldPartSchema>;
