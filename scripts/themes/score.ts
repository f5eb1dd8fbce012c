/**
 * CLI: `npm run themes:score [-- --labeller NAME] [--labels FILE] [--findings FILE] [--rules]`
 * scores the theme tagger (the rules of content/themes.yaml with the theme model
 * content/theme-model.json, as ingest tags; `--rules` scores the rules alone;
 * editorial overrides are corrections, not the tagger) against the gold labels in docs/themes/gold/,
 * printing precision and recall overall, per judgement and per theme, on the tune
 * part, the held-back part and both; then the agreement of every other labeller
 * with the scored one. `--findings FILE` (with `--labels FILE`) scores another
 * labelled set in the same formats, such as one held back outside the repository:
 * it has no tune/held split, so only the `all` rows are printed.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { classifyThemes } from '../ingest/themes/classify-themes.ts';
import { tagFinding } from '../ingest/themes/tag-finding.ts';
import { MODEL_FILE, parseThemeModel } from '../../src/lib/theme-model.ts';
import { parseThemes } from '../../src/lib/themes.ts';
import { agreement } from './gold/agreement.ts';
import { formatScore } from './gold/format-score.ts';
import { goldFromLabels, labellersByCount } from './gold/gold-labels.ts';
import { loadGoldFindings, loadGoldLabels, loadGoldSplit } from './gold/load-gold.ts';
import { scoreGold } from './gold/score-gold.ts';

const root = join(import.meta.dirname, '..', '..');
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
/** A file named on the command line, from where the command runs (not from the gold folder). */
const fileArg = (name: string) => {
  const value = arg(name);
  return value === undefined ? undefined : resolve(value);
};

try {
  const themes = parseThemes(readFileSync(join(root, 'content/themes.yaml'), 'utf8'));
  const themeIds = themes.map((t) => t.id);
  const findingsFile = fileArg('--findings');
  const findings = loadGoldFindings(root, findingsFile);
  const labels = loadGoldLabels(root, fileArg('--labels'));
  const labellers = labellersByCount(labels);
  const scored = arg('--labeller') ?? labellers[0];
  if (!scored || !labellers.includes(scored))
    throw new Error(`no labels by "${scored ?? ''}"; labellers: ${labellers.join(', ') || 'none'}`);
  const ids = new Set(findings.map((f) => f.id));
  const goldOf = (who: string) => goldFromLabels(labels, who, ids, new Set(themeIds));
  const gold = goldOf(scored);
  const rulesOnly = process.argv.includes('--rules');
  const model = rulesOnly
    ? undefined
    : parseThemeModel(readFileSync(join(root, MODEL_FILE), 'utf8'));
  const tag = (f: (typeof findings)[number]) =>
    model
      ? tagFinding(f.text, themes, model, f.judgement)
      : classifyThemes(f.text, themes, f.judgement);
  const predicted = new Map(findings.map((f) => [f.id, tag(f).map((t) => t.theme)]));
  const what = model
    ? `the rules of content/themes.yaml with ${MODEL_FILE}`
    : 'the rules of content/themes.yaml alone';
  console.log(`Scoring ${what} against labels by ${scored}.`);
  const split = findingsFile ? null : loadGoldSplit(root);
  const score = scoreGold({ findings, split, themes: themeIds, gold, predicted });
  for (const line of formatScore(score, split ? ['tune', 'held', 'all'] : ['all']))
    console.log(line);
  for (const other of labellers.filter((l) => l !== scored)) {
    const a = agreement(gold, goldOf(other));
    const f = (x: number | null) => (x === null ? '—' : x.toFixed(3));
    console.log(
      `agreement ${scored} vs ${other}: ${a.shared} shared findings, exact ${f(a.exact)}, F1 ${f(a.f1)}, mean kappa per theme ${f(a.kappa)}`,
    );
  }
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = 1;
}
