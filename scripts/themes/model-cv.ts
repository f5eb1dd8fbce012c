/**
 * CLI: `npm run themes:model-cv [-- --keep P] [--add P] [--fallback P]` trains the theme model on
 * all training sets but one and scores the one left out, for each set in turn
 * (scripts/themes/model/leave-one-out.ts): precision and recall of the rules alone
 * and of the rules with the model, per set and pooled. `--keep`, `--add`, `--fallback` try
 * other decision thresholds than scripts/themes/model/settings.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseThemes } from '../../src/lib/themes.ts';
import { type Counts, leaveOneOut } from './model/leave-one-out.ts';
import { DECIDE } from './model/settings.ts';
import { loadTrainingSets } from './model/training-sets.ts';

const root = join(import.meta.dirname, '..', '..');
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const f3 = (c: Counts) =>
  `${(c.correct / c.tags).toFixed(3)} / ${(c.correct / c.labels).toFixed(3)}`;

try {
  const themes = parseThemes(readFileSync(join(root, 'content/themes.yaml'), 'utf8'));
  const decide = {
    keep: arg('--keep', DECIDE.keep),
    add: arg('--add', DECIDE.add),
    fallback: arg('--fallback', DECIDE.fallback),
  };
  const rows = leaveOneOut(
    loadTrainingSets(root, themes),
    themes.map((t) => t.id),
    decide,
  );
  console.log(
    `Each set left out in turn (keep ${decide.keep}, add ${decide.add}, fallback ${decide.fallback}): precision / recall`,
  );
  const total = {
    rules: { tags: 0, correct: 0, labels: 0 },
    model: { tags: 0, correct: 0, labels: 0 },
  };
  for (const r of rows) {
    console.log(`${r.set.padEnd(32)} rules ${f3(r.rules)}   rules + model ${f3(r.model)}`);
    for (const k of ['rules', 'model'] as const)
      for (const c of ['tags', 'correct', 'labels'] as const) total[k][c] += r[k][c];
  }
  console.log(`${'pooled'.padEnd(32)} rules ${f3(total.rules)}   rules + model ${f3(total.model)}`);
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = 1;
}
