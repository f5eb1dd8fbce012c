/**
 * The labelled sets the theme model learns from, and reading them (this module
 * and the CLIs are the only model code that touches the disk). One home for the
 * list: the trainer, its test and the docs read it from here.
 *
 * Every set here has been read while the rules were written. The newest unseen
 * set is never listed until it has been scored: it is the measurement of the
 * rules and the model on findings neither has seen.
 */
import { join } from 'node:path';
import { classifyThemes } from '../../ingest/themes/classify-themes.ts';
import type { Theme } from '../../../src/schemas/theme.ts';
import { goldFromLabels } from '../gold/gold-labels.ts';
import { loadGoldFindings, loadGoldLabels } from '../gold/load-gold.ts';
import type { TrainingExample } from './train-model.ts';

/** Each set's folder and the labeller whose labels the model learns. */
export const TRAINING_SETS = [
  { set: 'docs/themes/gold', labeller: 'A' },
  { set: 'docs/themes/unseen', labeller: 'C' },
  { set: 'docs/themes/unseen-2', labeller: 'EF' },
  { set: 'docs/themes/unseen-3', labeller: 'EF' },
  { set: 'docs/themes/unseen-4', labeller: 'EF' },
  { set: 'docs/themes/unseen-5', labeller: 'EF' },
  { set: 'docs/themes/unseen-6', labeller: 'EF' },
  { set: 'docs/themes/training/train6', labeller: 'L' },
  { set: 'docs/themes/training/train7', labeller: 'L' },
  { set: 'docs/themes/training/train8', labeller: 'L' },
  { set: 'docs/themes/training/train9', labeller: 'L' },
  { set: 'docs/themes/training/train10', labeller: 'L' },
  { set: 'docs/themes/training/train11', labeller: 'L' },
  { set: 'docs/themes/training/train12', labeller: 'L' },
  { set: 'docs/themes/training/train13', labeller: 'L' },
  { set: 'docs/themes/training/train14', labeller: 'L' },
  { set: 'docs/themes/training/train16', labeller: 'L' },
  { set: 'docs/themes/training/train17', labeller: 'L' },
  { set: 'docs/themes/training/train18', labeller: 'L' },
  { set: 'docs/themes/training/train20', labeller: 'L' },
  { set: 'docs/themes/training/train21', labeller: 'L' },
  { set: 'docs/themes/training/train22', labeller: 'L' },
] as const;

/** What one set contributes: its examples, and its line in the model's `trainedOn`. */
export interface TrainingSet {
  set: string;
  labeller: string;
  examples: TrainingExample[];
}

/** Every training set's labelled findings, each with the themes today's rules give it. */
export function loadTrainingSets(root: string, themes: Theme[]): TrainingSet[] {
  const themeIds = new Set(themes.map((t) => t.id));
  return TRAINING_SETS.map(({ set, labeller }) => {
    const findings = loadGoldFindings(root, join(root, set, 'findings.jsonl'));
    const labels = loadGoldLabels(root, join(root, set, 'labels.jsonl'));
    const gold = goldFromLabels(labels, labeller, new Set(findings.map((f) => f.id)), themeIds);
    const examples = findings.flatMap((f) => {
      const labelled = gold.get(f.id);
      if (!labelled) return [];
      const ruleThemes = classifyThemes(f.text, themes, f.judgement).map((t) => t.theme);
      return [{ text: f.text, judgement: f.judgement, ruleThemes, themes: new Set(labelled) }];
    });
    return { set, labeller, examples };
  });
}
