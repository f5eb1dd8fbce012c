/**
 * The theme rules on an unseen set (docs/themes/unseen*\/): findings written and
 * labelled blind after the rules were fixed. Its first score (first-score.jsonl,
 * taken once with the rules as they then stood) measures how the rules do on
 * findings nobody wrote them against; once the rules are tuned with a set read,
 * today's score on it describes findings they have seen. Pure: takes the files'
 * text, tags the findings with today's rules and scores them against each
 * labeller with the module `npm run themes:score` uses.
 */
import { z } from 'astro/zod';
import { tagFinding } from '../../scripts/ingest/themes/tag-finding.ts';
import { agreement, type Agreement } from '../../scripts/themes/gold/agreement.ts';
import { goldFromLabels } from '../../scripts/themes/gold/gold-labels.ts';
import { goldFindingSchema, goldLabelSchema } from '../../scripts/themes/gold/gold-schema.ts';
import { readJsonlOrThrow } from '../../scripts/themes/gold/read-jsonl.ts';
import { precision, recall, scoreGold } from '../../scripts/themes/gold/score-gold.ts';
import { JUDGEMENTS, type Judgement } from '../schemas/document.ts';
import type { Theme } from '../schemas/theme.ts';
import type { ThemeModel } from '../schemas/theme-model.ts';

/** Precision and recall against one labeller, overall and per judgement. */
export interface UnseenScore {
  labeller: string;
  precision: number | null;
  recall: number | null;
  byJudgement: Array<{ judgement: Judgement; precision: number | null; recall: number | null }>;
}

/** One labeller's counts when the set was first scored: tags given, of them correct, labels. */
const firstScoreSchema = z.strictObject({
  labeller: z.string().min(1),
  tags: z.number().int().nonnegative(),
  correct: z.number().int().nonnegative(),
  labels: z.number().int().nonnegative(),
  /** True when the first score was of the rules with the theme model (absent: the rules alone, before the model). */
  model: z.boolean().optional(),
});

/** One unseen set's files, as read from its folder. */
export interface UnseenFiles {
  /** The folder, from the repository root: `docs/themes/unseen-2`. */
  dir: string;
  findings: string;
  labels: string;
  firstScore: string;
}

/** Everything the about page shows of one unseen set. */
export interface UnseenMeasurement {
  dir: string;
  findings: number;
  /**
   * The first score, with the rules fixed before the set existed, per labeller in
   * first-score.jsonl's order: the first listed is the labeller the bar is read on
   * (the settled labels, where two labellers' differences were settled).
   */
  first: Array<{ labeller: string; precision: number | null; recall: number | null }>;
  /** Whether the first score included the theme model (the earlier sets were scored before it existed). */
  firstWithModel: boolean;
  /**
   * Whether the set has been read since: the model is trained on it (and the rules were tuned with
   * it). A set not read is a current measurement of the rules and model on unseen findings.
   */
  read: boolean;
  /** Today's rules, per labeller, in the same order. */
  scores: UnseenScore[];
  /** Agreement of the two labellers who labelled blind (the last two listed). */
  agreement: Agreement | undefined;
}

const rate = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/** Score today's rules against every labeller of one unseen set. Throws `file:line: reason` on a bad file. */
export function measureUnseen(
  files: UnseenFiles,
  themes: Theme[],
  model: ThemeModel,
): UnseenMeasurement {
  const { dir } = files;
  const findings = readJsonlOrThrow(files.findings, goldFindingSchema, `${dir}/findings.jsonl`);
  const labels = readJsonlOrThrow(files.labels, goldLabelSchema, `${dir}/labels.jsonl`);
  const first = readJsonlOrThrow(files.firstScore, firstScoreSchema, `${dir}/first-score.jsonl`);
  const ids = themes.map((t) => t.id);
  const known = { ids: new Set(findings.map((f) => f.id)), themes: new Set(ids) };
  const predicted = new Map(
    findings.map((f) => [f.id, tagFinding(f.text, themes, model, f.judgement).map((t) => t.theme)]),
  );
  const labellers = first.map((f) => f.labeller);
  const golds = labellers.map((l) => goldFromLabels(labels, l, known.ids, known.themes));
  const scores = labellers.map((labeller, i): UnseenScore => {
    const all = scoreGold({ findings, split: null, themes: ids, gold: golds[i]!, predicted }).parts
      .all;
    return {
      labeller,
      precision: precision(all.overall),
      recall: recall(all.overall),
      byJudgement: JUDGEMENTS.filter((j) => all.byJudgement[j]).map((judgement) => ({
        judgement,
        precision: precision(all.byJudgement[judgement]!),
        recall: recall(all.byJudgement[judgement]!),
      })),
    };
  });
  const [a, b] = golds.slice(-2);
  return {
    dir,
    findings: findings.length,
    first: first.map((f) => ({
      labeller: f.labeller,
      precision: rate(f.correct, f.tags),
      recall: rate(f.correct, f.labels),
    })),
    firstWithModel: first.some((f) => f.model === true),
    read: model.trainedOn.some((t) => t.set === dir),
    scores,
    agreement: a && b && golds.length > 1 ? agreement(a, b) : undefined,
  };
}
