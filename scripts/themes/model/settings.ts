/**
 * How the theme model is fitted and how it decides (one home for both; the
 * figures behind the choices are in docs/themes/model.md). Chosen by training on
 * all labelled sets but one and scoring the one left out, for each set in turn:
 * each set was written by someone else, so that is how the model does on wording
 * it has not seen.
 */

/**
 * Gradient descent from zero weights: steps, step size, L2 penalty, starting bias.
 * Features in fewer than `minFindings` training findings are left out; weights are
 * rounded to `decimals` places and those under `minWeight` left out (a tenth of the
 * file, the same figures when each set is left out in turn).
 */
export const FIT = {
  steps: 200,
  rate: 2.5,
  l2: 0.002,
  startBias: -2,
  minFindings: 2,
  decimals: 3,
  minWeight: 0.02,
} as const;

/**
 * A rule tag stays when the model gives its theme at least `keep`; the model adds
 * a theme no rule gave at `add`; a finding left without a tag gets the model's
 * likeliest theme when that reaches `fallback` (scripts/ingest/themes/model/confirm-tags.ts).
 */
export const DECIDE = { keep: 0.4, add: 0.4, fallback: 0.05 } as const;
