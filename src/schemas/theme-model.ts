/**
 * Schema of the theme model (content/theme-model.json): per theme, a logistic
 * model over a finding's features (scripts/ingest/themes/model/finding-features.ts),
 * trained by `npm run themes:train` on the labelled sets listed in
 * scripts/themes/model/training-sets.ts. Ingest and the site's measurement read it
 * through this schema; the trainer writes it.
 */
import { z } from 'astro/zod';

/** One theme's model: probability = 1 / (1 + e^-(bias + the weights of the features present)). */
export const themeWeightsSchema = z.strictObject({
  bias: z.number(),
  /** Feature → weight; features not listed weigh 0. */
  weights: z.record(z.string(), z.number()),
});

export const themeModelSchema = z.strictObject({
  /** Says the file is generated and by what; ignored when reading. */
  $comment: z.string(),
  /** A rule tag stays when the model gives its theme at least this probability. */
  keep: z.number().min(0).max(1),
  /** The model adds a theme no rule gave when it gives it at least this probability. */
  add: z.number().min(0).max(1),
  /**
   * A finding no kept rule tag covers gets the model's likeliest theme, when its
   * probability is at least this (a finding about nothing the taxonomy covers gets none).
   */
  fallback: z.number().min(0).max(1),
  /** What the model was trained on: each set's folder, labeller and number of findings. */
  trainedOn: z.array(
    z.strictObject({ set: z.string(), labeller: z.string(), findings: z.number().int() }),
  ),
  /** Theme id → its model, in taxonomy order. */
  themes: z.record(z.string(), themeWeightsSchema),
});

export type ThemeModel = z.infer<typeof themeModelSchema>;
