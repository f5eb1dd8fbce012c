/**
 * The bar the theme rules must clear against the blind gold labels
 * (docs/themes/gold/): precision and recall of at least 0.9 on the part the rules
 * were tuned on. The held-back part, never read while tuning, does not reach 0.9;
 * its test holds the measured figures as a floor, so the rules cannot quietly get
 * worse on findings they were not fitted to (docs/themes/measurement.md).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyThemes } from '../../scripts/ingest/themes/classify-themes.ts';
import { goldFromLabels, labellersByCount } from '../../scripts/themes/gold/gold-labels.ts';
import {
  loadGoldFindings,
  loadGoldLabels,
  loadGoldSplit,
} from '../../scripts/themes/gold/load-gold.ts';
import { precision, recall, scoreGold } from '../../scripts/themes/gold/score-gold.ts';
import { parseThemes } from '../../src/lib/themes.ts';
import { ROOT } from '../helpers/paths.ts';

const themes = parseThemes(readFileSync(join(ROOT, 'content/themes.yaml'), 'utf8'));
const findings = loadGoldFindings(ROOT);
const labels = loadGoldLabels(ROOT);
const scored = labellersByCount(labels)[0]!;
const gold = goldFromLabels(
  labels,
  scored,
  new Set(findings.map((f) => f.id)),
  new Set(themes.map((t) => t.id)),
);
const predicted = new Map(
  findings.map((f) => [f.id, classifyThemes(f.text, themes, f.judgement).map((t) => t.theme)]),
);
const split = loadGoldSplit(ROOT);
const score = scoreGold({ findings, split, themes: themes.map((t) => t.id), gold, predicted });

/** The bar on the tuned part. */
const BAR = 0.9;
/** Measured on the held-back part when the rules were last tuned (precision 0.769, recall 0.798), rounded down. */
const HELD_FLOOR = { precision: 0.76, recall: 0.79 };

describe('theme rules against the gold labels', () => {
  it('scores every labelled finding, most of them by the main labeller', () => {
    expect(score.unlabelled).toEqual([]);
    expect(score.parts.tune.overall.findings + score.parts.held.overall.findings).toBe(
      findings.length,
    );
    expect(score.parts.held.overall.findings).toBeGreaterThan(findings.length / 4);
  });

  it(`reaches precision and recall ≥ ${BAR} on the tuned part`, () => {
    const tune = score.parts.tune.overall;
    expect(precision(tune)).toBeGreaterThanOrEqual(BAR);
    expect(recall(tune)).toBeGreaterThanOrEqual(BAR);
  });

  it('stays at or above the measured floor on the held-back part (below the bar: see docs/themes/measurement.md)', () => {
    const held = score.parts.held.overall;
    expect(precision(held)).toBeGreaterThanOrEqual(HELD_FLOOR.precision);
    expect(recall(held)).toBeGreaterThanOrEqual(HELD_FLOOR.recall);
  });

  it('fails below the bar: the rules with every tag dropped from a tenth of the tuned findings miss it', () => {
    const thinned = new Map(predicted);
    findings
      .filter((f) => split[f.id] === 'tune')
      .forEach((f, i) => i % 10 === 0 && thinned.set(f.id, []));
    const worse = scoreGold({
      findings,
      split,
      themes: themes.map((t) => t.id),
      gold,
      predicted: thinned,
    });
    expect(recall(worse.parts.tune.overall)).toBeLessThan(BAR);
  });
});
