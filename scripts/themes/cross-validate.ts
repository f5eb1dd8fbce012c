/**
 * CLI: `npm run themes:cv [-- --folds K] [--with-unseen]` estimates how the theme rules do on
 * findings they were not written from (scripts/themes/gold/cross-validate.ts):
 * k-fold cross-validation over the whole gold set, each fold tagged by the rules
 * minus every pattern nothing outside the fold supports. Prints two estimates:
 * "strict" (every pattern must be supported by gold findings outside the fold)
 * and "definitions kept" (patterns whose every word appears in the theme's
 * definition are kept, as they were written from it, not from the findings).
 * `--with-unseen` pools the unseen sets that have been read (those in the theme
 * model's training list, each with the labeller listed there) with the gold set:
 * all are read while the rules are written, so all are findings the estimate
 * folds over.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseThemes } from '../../src/lib/themes.ts';
import type { Theme } from '../../src/schemas/theme.ts';
import { crossValidate } from './gold/cross-validate.ts';
import { formatScore } from './gold/format-score.ts';
import { goldFromLabels, labellersByCount } from './gold/gold-labels.ts';
import { loadGoldFindings, loadGoldLabels } from './gold/load-gold.ts';
import { scoreGold } from './gold/score-gold.ts';
import { TRAINING_SETS } from './model/training-sets.ts';

const root = join(import.meta.dirname, '..', '..');
const at = process.argv.indexOf('--folds');
const k = at > 0 ? Number(process.argv[at + 1]) : 5;
const withUnseen = process.argv.includes('--with-unseen');
/**
 * Each unseen set that has been read, with the labeller its figures are read on: the theme
 * model's training list is the one home of which sets are read (training-sets.ts).
 */
const UNSEEN: Array<[string, string]> = TRAINING_SETS.filter((t) =>
  t.set.startsWith('docs/themes/unseen'),
).map((t) => [t.set, t.labeller]);

/** Every word of the pattern (a starred word as a prefix) is in the theme's description. */
const inDefinition = (theme: Theme, pattern: string) => {
  const words = theme.description.toLowerCase().split(/[^\p{L}\p{N}']+/u);
  return pattern
    .toLowerCase()
    .split(/\s+/)
    .every((w) =>
      w.endsWith('*') ? words.some((d) => d.startsWith(w.slice(0, -1))) : words.includes(w),
    );
};

try {
  if (!Number.isInteger(k) || k < 2)
    throw new Error(`--folds must be a whole number ≥ 2, got "${process.argv[at + 1]}"`);
  const themes = parseThemes(readFileSync(join(root, 'content/themes.yaml'), 'utf8'));
  const themeIds = new Set(themes.map((t) => t.id));
  /** One labelled set: its findings and its first labeller's labels. */
  const set = (findingsFile?: string, labelsFile?: string, named?: string) => {
    const findings = loadGoldFindings(root, findingsFile);
    const labels = loadGoldLabels(root, labelsFile);
    const labeller = named ?? labellersByCount(labels)[0]!;
    const ids = new Set(findings.map((f) => f.id));
    return { findings, labeller, gold: goldFromLabels(labels, labeller, ids, themeIds) };
  };
  const sets = [set()];
  if (withUnseen)
    for (const [dir, named] of UNSEEN)
      sets.push(set(join(root, dir, 'findings.jsonl'), join(root, dir, 'labels.jsonl'), named));
  const findings = sets.flatMap((s) => s.findings);
  const gold = new Map(sets.flatMap((s) => [...s.gold]));
  const labeller = sets.map((s) => s.labeller).join(', ');
  for (const [name, keep] of [
    ['strict', undefined],
    ['definitions kept', inDefinition],
  ] as const) {
    const predicted = crossValidate({ findings, gold, themes, k, keep });
    const score = scoreGold({
      findings,
      split: null,
      themes: themes.map((t) => t.id),
      gold,
      predicted,
    });
    console.log(
      `\n${k}-fold cross-validation by pattern support, ${name}, against labels by ${labeller}:`,
    );
    for (const line of formatScore(score, ['all'])) console.log(line);
  }
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = 1;
}
