/**
 * How well the theme rules agree with the blind gold labels (docs/themes/gold/),
 * before and after tuning, for the about page. Pure: takes the gold files' text,
 * tags the gold findings with today's rules, and scores them with the same module
 * as `npm run themes:score`; the "before" tags are the ones the rules gave when
 * tuning began (tags-before.jsonl).
 */
import { tagFinding } from '../../scripts/ingest/themes/tag-finding.ts';
import { agreement, type Agreement } from '../../scripts/themes/gold/agreement.ts';
import { goldFromLabels, labellersByCount } from '../../scripts/themes/gold/gold-labels.ts';
import {
  goldFindingSchema,
  goldLabelSchema,
  goldPartSchema,
  type GoldPart,
} from '../../scripts/themes/gold/gold-schema.ts';
import { readJsonlOrThrow } from '../../scripts/themes/gold/read-jsonl.ts';
import {
  precision,
  recall,
  scoreGold,
  type Counts,
  type PartScore,
} from '../../scripts/themes/gold/score-gold.ts';
import { JUDGEMENTS, type Judgement } from '../schemas/document.ts';
import type { Theme } from '../schemas/theme.ts';
import type { ThemeModel } from '../schemas/theme-model.ts';

/** Precision and recall of one set of tags on one slice. */
export interface Figure {
  tags: number;
  correct: number;
  precision: number | null;
  recall: number | null;
}

/** One slice (overall, a judgement or a theme) of one part: how many labels, and the figures before and after tuning. */
export interface MeasurementRow {
  findings: number;
  labels: number;
  before: Figure;
  after: Figure;
}

/** The figures of one part (tuned on, or held back). */
export interface PartMeasurement {
  overall: MeasurementRow;
  byJudgement: Array<{ judgement: Judgement } & MeasurementRow>;
  byTheme: Array<{ theme: string } & MeasurementRow>;
}

/** Everything the about page shows. */
export interface ThemeMeasurement {
  /** Whose labels are the gold (the labeller who labelled every finding). */
  labeller: string;
  tune: PartMeasurement;
  held: PartMeasurement;
  /** Agreement of every other labeller with the gold labeller. */
  agreement: Array<{ labeller: string } & Agreement>;
}

/** The gold set's files as text, by name. */
export interface GoldFiles {
  findings: string;
  labels: string;
  split: string;
  before: string;
}

const figure = (c: Counts): Figure => ({
  tags: c.predicted,
  correct: c.correct,
  precision: precision(c),
  recall: recall(c),
});
const row = (before: Counts, after: Counts): MeasurementRow => ({
  findings: after.findings,
  labels: after.gold,
  before: figure(before),
  after: figure(after),
});

function part(before: PartScore, after: PartScore, themes: readonly string[]): PartMeasurement {
  return {
    overall: row(before.overall, after.overall),
    byJudgement: JUDGEMENTS.filter((j) => after.byJudgement[j]).map((j) => ({
      judgement: j,
      ...row(before.byJudgement[j]!, after.byJudgement[j]!),
    })),
    byTheme: themes.map((t) => ({ theme: t, ...row(before.byTheme[t]!, after.byTheme[t]!) })),
  };
}

/** Score today's rules and the rules before tuning against the gold labels. Throws `file:line: reason` on a bad gold file. */
export function measureThemes(
  files: GoldFiles,
  themes: Theme[],
  model: ThemeModel,
): ThemeMeasurement {
  const dir = 'docs/themes/gold';
  const findings = readJsonlOrThrow(files.findings, goldFindingSchema, `${dir}/findings.jsonl`);
  const labels = readJsonlOrThrow(files.labels, goldLabelSchema, `${dir}/labels.jsonl`);
  const beforeLines = readJsonlOrThrow(files.before, goldLabelSchema, `${dir}/tags-before.jsonl`);
  const split = JSON.parse(files.split) as Record<string, GoldPart>;
  if (!goldPartSchema.array().safeParse(Object.values(split)).success)
    throw new Error(`${dir}/split.json: every value must be "tune" or "held"`);
  const ids = themes.map((t) => t.id);
  const known = { ids: new Set(findings.map((f) => f.id)), themes: new Set(ids) };
  const [labeller, ...others] = labellersByCount(labels);
  if (!labeller) throw new Error(`${dir}/labels.jsonl: no labels`);
  const gold = goldFromLabels(labels, labeller, known.ids, known.themes);
  const before = goldFromLabels(
    beforeLines,
    labellersByCount(beforeLines)[0] ?? '',
    known.ids,
    known.themes,
  );
  const after = new Map(
    findings.map((f) => [f.id, tagFinding(f.text, themes, model, f.judgement).map((t) => t.theme)]),
  );
  const scoreOf = (predicted: ReadonlyMap<string, readonly string[]>) =>
    scoreGold({ findings, split, themes: ids, gold, predicted });
  const [b, a] = [scoreOf(before), scoreOf(after)];
  return {
    labeller,
    tune: part(b.parts.tune, a.parts.tune, ids),
    held: part(b.parts.held, a.parts.held, ids),
    agreement: others.map((o) => ({
      labeller: o,
      ...agreement(gold, goldFromLabels(labels, o, known.ids, known.themes)),
    })),
  };
}

/** A precision or recall for display: three decimals, or a dash when undefined (no tags, or no labels). */
export const formatRate = (x: number | null): string => (x === null ? '—' : x.toFixed(3));
