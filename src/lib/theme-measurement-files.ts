/**
 * The measurement sets' files, read at build time. import.meta.glob returns {}
 * for files that are not there, so a build without docs/ simply has no
 * measurement (https://vite.dev/guide/features.html#glob-import).
 */
import type { GoldFiles } from './theme-measurement.ts';

const goldFiles = import.meta.glob<string>('../../docs/themes/gold/*.{jsonl,json}', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The gold set's files, when all four are there. */
export function goldSet(): GoldFiles | undefined {
  const file = (name: string) => goldFiles[`../../docs/themes/gold/${name}`];
  const [findings, labels, split, before] = [
    'findings.jsonl',
    'labels.jsonl',
    'split.json',
    'tags-before.jsonl',
  ].map(file);
  return findings && labels && split && before ? { findings, labels, split, before } : undefined;
}

const unseenFiles = import.meta.glob<string>('../../docs/themes/unseen/*.jsonl', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The unseen set's findings, labels and first score, when all three are there. */
export function unseenSet(): { findings: string; labels: string; firstScore: string } | undefined {
  const file = (name: string) => unseenFiles[`../../docs/themes/unseen/${name}`];
  const [findings, labels, firstScore] = [
    'findings.jsonl',
    'labels.jsonl',
    'first-score.jsonl',
  ].map(file);
  return findings && labels && firstScore ? { findings, labels, firstScore } : undefined;
}
