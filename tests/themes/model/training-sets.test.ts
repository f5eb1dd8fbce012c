/**
 * The training sets are intact: each is the set whose fingerprint is published,
 * and every finding has exactly one line of labels from its labeller, with live
 * theme ids only (loadTrainingSets throws otherwise), so every finding trains.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGoldFindings, loadGoldLabels } from '../../../scripts/themes/gold/load-gold.ts';
import { loadTrainingSets, TRAINING_SETS } from '../../../scripts/themes/model/training-sets.ts';
import { parseThemes } from '../../../src/lib/themes.ts';
import { ROOT } from '../../helpers/paths.ts';

const themes = parseThemes(readFileSync(join(ROOT, 'content/themes.yaml'), 'utf8'));
const written = TRAINING_SETS.filter((s) => s.set.startsWith('docs/themes/training/'));

describe('the training sets', () => {
  it.each(written)('$set is the set whose fingerprint was published', ({ set }) => {
    const findings = loadGoldFindings(ROOT, join(ROOT, set, 'findings.jsonl'));
    const lines = [...findings]
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((f) => `${f.id}\t${f.text}\n`)
      .join('');
    const published = readFileSync(join(ROOT, set, 'findings.sha256'), 'utf8').trim();
    expect(createHash('sha256').update(lines, 'utf8').digest('hex')).toBe(published);
  });

  it.each(written)('$set: every finding labelled once by $labeller', ({ set, labeller }) => {
    const findings = loadGoldFindings(ROOT, join(ROOT, set, 'findings.jsonl'));
    const labels = loadGoldLabels(ROOT, join(ROOT, set, 'labels.jsonl'));
    expect(
      labels
        .filter((l) => l.labeller === labeller)
        .map((l) => l.id)
        .sort(),
    ).toEqual(findings.map((f) => f.id).sort());
  });

  it('all load as training examples, each with its labels and today’s rule tags', () => {
    const sets = loadTrainingSets(ROOT, themes);
    expect(sets.map((s) => s.set)).toEqual(TRAINING_SETS.map((s) => s.set));
    for (const s of sets)
      expect(s.examples).toHaveLength(
        loadGoldFindings(ROOT, join(ROOT, s.set, 'findings.jsonl')).length,
      );
    const examples = sets.flatMap((s) => s.examples);
    expect(examples.filter((e) => e.ruleThemes.length > 0).length).toBeGreaterThan(
      examples.length * 0.8,
    );
  });
});
