/**
 * The measurement sets' files, read at build time. import.meta.glob returns {}
 * for files that are not there, so a build without docs/ simply has no
 * measurement (https://vite.dev/guide/features.html#glob-import).
 */
import type { GoldFiles } from './theme-measurement.ts';
import type { UnseenFiles } from './unseen-measurement.ts';

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

const unseenFiles = import.meta.glob<string>('../../docs/themes/unseen*/*.jsonl', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/**
 * Every unseen set (docs/themes/unseen, unseen-2, …) whose findings, labels and
 * first score are all there, oldest first: the last is the newest measurement.
 */
export function unseenSets(): UnseenFiles[] {
  const dirs = new Set(Object.keys(unseenFiles).map((k) => k.slice(0, k.lastIndexOf('/'))));
  const order = (d: string) => Number(/-(\d+)$/.exec(d)?.[1] ?? 1);
  return [...dirs]
    .sort((a, b) => order(a) - order(b))
    .flatMap((d) => {
      const [findings, labels, firstScore] = [
        'findings.jsonl',
        'labels.jsonl',
        'first-score.jsonl',
      ].map((name) => unseenFiles[`${d}/${name}`]);
      const dir = d.replace('../../', '');
      return findings && labels && firstScore ? [{ dir, findings, labels, firstScore }] : [];
    });
}
