/**
 * The theme rules on the unseen set (docs/themes/unseen/): findings written and
 * labelled blind after the rules were fixed, so the one measurement of how the
 * rules do on findings nobody wrote them against. Pure: takes the files' text,
 * tags the findings with today's rules and scores them against each labeller
 * with the module `npm run themes:score` uses.
 */
import { classifyThemes } from '../../scripts/ingest/themes/classify-themes.ts';
import { agreement, type Agreement } from '../../scripts/themes/gold/agreement.ts';
import { goldFromLabels, labellersByCount } from '../../scripts/themes/gold/gold-labels.ts';
import { goldFindingSchema, goldLabelSchema } from '../../scripts/themes/gold/gold-schema.ts';
import { readJsonlOrThrow } from '../../scripts/themes/gold/read-jsonl.ts';
import { precision, recall, scoreGold } from '../../scripts/themes/gold/score-gold.ts';
import { JUDGEMENTS, type Judgement } from '../schemas/document.ts';
import type { Theme } from '../schemas/theme.ts';

/** Precision and recall against one labeller, overall and per judgement. */
export interface UnseenScore {
  labeller: string;
  precision: number | null;
  recall: number | null;
  byJudgement: Array<{ judgement: Judgement; precision: number | null; recall: number | null }>;
}

/** Everything the about page shows of the unseen set. */
export interface UnseenMeasurement {
  findings: number;
  scores: UnseenScore[];
  /** Agreement of the second labeller with the first. */
  agreement: Agreement | undefined;
}

/** Score today's rules against every labeller of the unseen set. Throws `file:line: reason` on a bad file. */
export function measureUnseen(
  files: { findings: string; labels: string },
  themes: Theme[],
): UnseenMeasurement {
  const dir = 'docs/themes/unseen';
  const findings = readJsonlOrThrow(files.findings, goldFindingSchema, `${dir}/findings.jsonl`);
  const labels = readJsonlOrThrow(files.labels, goldLabelSchema, `${dir}/labels.jsonl`);
  const ids = themes.map((t) => t.id);
  const known = { ids: new Set(findings.map((f) => f.id)), themes: new Set(ids) };
  const predicted = new Map(
    findings.map((f) => [f.id, classifyThemes(f.text, themes, f.judgement).map((t) => t.theme)]),
  );
  const labellers = labellersByCount(labels);
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
  return {
    findings: findings.length,
    scores,
    agreement: golds[1] ? agreement(golds[0]!, golds[1]) : undefined,
  };
}
