/**
 * The score as a plain-text table for the terminal: one row per part and slice,
 * with counts so a reader can see how few pairs a per-theme figure rests on. Pure.
 */
import { JUDGEMENTS } from '../../../src/schemas/document.ts';
import { precision, recall, type Counts, type GoldScore } from './score-gold.ts';

const fmt = (x: number | null) => (x === null ? '—' : x.toFixed(3));

function row(part: string, scope: string, c: Counts): string {
  return [
    part.padEnd(5),
    scope.padEnd(46),
    String(c.findings).padStart(8),
    String(c.gold).padStart(5),
    String(c.predicted).padStart(5),
    String(c.correct).padStart(7),
    fmt(precision(c)).padStart(9),
    fmt(recall(c)).padStart(6),
  ].join(' ');
}

/** Lines of the table: overall, per judgement and per theme, for each of `parts` (tune, held and all unless told). */
export function formatScore(
  score: GoldScore,
  parts: readonly (keyof GoldScore['parts'])[] = ['tune', 'held', 'all'],
): string[] {
  const lines = [
    [
      'part'.padEnd(5),
      'scope'.padEnd(46),
      'findings'.padStart(8),
      'gold'.padStart(5),
      'tags'.padStart(5),
      'correct'.padStart(7),
      'precision'.padStart(9),
      'recall'.padStart(6),
    ].join(' '),
  ];
  for (const part of parts) {
    const p = score.parts[part];
    lines.push(row(part, 'overall', p.overall));
    for (const j of JUDGEMENTS)
      if (p.byJudgement[j]) lines.push(row(part, `judgement ${j}`, p.byJudgement[j]));
    for (const [theme, c] of Object.entries(p.byTheme)) lines.push(row(part, `theme ${theme}`, c));
  }
  const n = score.unlabelled.length;
  if (n > 0)
    lines.push(
      `${n} findings have no labels and were not scored: ${score.unlabelled.slice(0, 10).join(', ')}${n > 10 ? ', …' : ''}`,
    );
  return lines;
}
