/**
 * The method page's measurement (/about/themes/#how-well), checked over the built
 * site (run `npm run build` first): its overall figures are recounted here from
 * docs/themes/gold/ with plain set arithmetic (the "after" tags come from the
 * tagger itself, which is what is being measured), and every theme has a row.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { tagFinding } from '../../scripts/ingest/themes/tag-finding.ts';
import { themesFileSchema } from '../../src/schemas/theme.ts';
import { DIST, ROOT } from '../helpers/paths.ts';
import { themeModel } from '../helpers/theme-model.ts';

const GOLD = join(ROOT, 'docs/themes/gold');
const lines = <T>(name: string): T[] =>
  readFileSync(join(GOLD, name), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

type Line = { id: string; themes: string[]; labeller: string };
const findings = lines<{ id: string; text: string; judgement: 'strength' }>('findings.jsonl');
const labels = lines<Line>('labels.jsonl');
const split = JSON.parse(readFileSync(join(GOLD, 'split.json'), 'utf8')) as Record<
  string,
  'tune' | 'held'
>;
const themes = themesFileSchema.parse(
  parseYaml(readFileSync(join(ROOT, 'content/themes.yaml'), 'utf8')),
).themes;
const gold = new Map(
  labels.filter((l) => l.labeller === 'A').map((l) => [l.id, new Set(l.themes)]),
);
const before = new Map(lines<Line>('tags-before.jsonl').map((l) => [l.id, new Set(l.themes)]));
const after = new Map(
  findings.map((f) => [
    f.id,
    new Set(tagFinding(f.text, themes, themeModel, f.judgement).map((t) => t.theme)),
  ]),
);

/** Precision and recall of some tags on one part, to three decimals. */
function rates(tags: Map<string, Set<string>>, part: 'tune' | 'held'): string[] {
  let given = 0,
    right = 0,
    wanted = 0;
  for (const f of findings.filter((x) => split[x.id] === part)) {
    const g = gold.get(f.id)!,
      t = tags.get(f.id)!;
    given += t.size;
    wanted += g.size;
    right += [...t].filter((x) => g.has(x)).length;
  }
  return [right / given, right / wanted].map((x) => x.toFixed(3));
}

const html = parseHtml(readFileSync(join(DIST, 'about/themes/index.html'), 'utf8'));
const [overall, perTheme] = html.querySelectorAll('table.theme-measure');

describe('/about/themes/ measurement', () => {
  it.each([
    ['Tuned on', 'tune'],
    ['Held back', 'held'],
  ] as const)('%s: findings, labels and the figures before and after tuning', (name, part) => {
    const row = overall!
      .querySelectorAll('tbody tr')
      .find(
        (r) =>
          r.querySelectorAll('th')[0]!.text.trim() === name &&
          r.querySelectorAll('th')[1]!.text.trim() === 'All judgements',
      );
    const cells = row!.querySelectorAll('td').map((c) => c.text.trim());
    const ids = findings.filter((f) => split[f.id] === part).map((f) => f.id);
    expect(cells).toEqual([
      String(ids.length),
      String(ids.reduce((n, id) => n + gold.get(id)!.size, 0)),
      ...rates(before, part),
      ...rates(after, part),
    ]);
  });

  it('gives every theme a row, and says how far the labellers agree', () => {
    expect(
      perTheme!.querySelectorAll('tbody tr').map((r) => r.querySelector('th')!.text.trim()),
    ).toEqual(themes.map((t) => t.label));
    const b = labels.filter((l) => l.labeller === 'B');
    expect(html.querySelector('main')!.text.replace(/\s+/g, ' ')).toContain(
      `a second labeller, also working blind, labelled ${b.length} of the findings`,
    );
  });
});

describe('/about/themes/#unseen', () => {
  const read = <T>(dir: string, name: string): T[] =>
    readFileSync(join(ROOT, 'docs/themes', dir, name), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as T);
  type First = { labeller: string; tags: number; correct: number; labels: number };
  /** The set's heading and everything after it up to the next set's heading. */
  const section = (dir: string) => {
    const parts = [];
    for (let e = html.querySelector(`#set-${dir}`); e; e = e.nextElementSibling) {
      if (parts.length > 0 && e.tagName === 'H4') break;
      parts.push(e);
    }
    return parts;
  };
  const text = (parts: ReturnType<typeof section>) =>
    parts
      .map((p) => p.text)
      .join(' ')
      .replace(/\s+/g, ' ');

  it.each([
    ['unseen', 'C', 'labeller C'],
    ['unseen-2', 'EF', 'the settled labels (EF)'],
    ['unseen-3', 'EF', 'the settled labels (EF)'],
    ['unseen-4', 'EF', 'the settled labels (EF)'],
    ['unseen-5', 'EF', 'the settled labels (EF)'],
    ['unseen-6', 'EF', 'the settled labels (EF)'],
    ['unseen-7', 'EF', 'the settled labels (EF)'],
  ])(
    'states today’s precision and recall on %s against %s, recounted from its files',
    (dir, labeller, who) => {
      const texts = read<{ id: string; text: string; judgement: 'strength' }>(
        dir,
        'findings.jsonl',
      );
      const byWho = new Map(
        read<Line>(dir, 'labels.jsonl')
          .filter((l) => l.labeller === labeller)
          .map((l) => [l.id, new Set(l.themes)]),
      );
      let given = 0,
        right = 0,
        wanted = 0;
      for (const f of texts) {
        const t = new Set(tagFinding(f.text, themes, themeModel, f.judgement).map((x) => x.theme));
        const g = byWho.get(f.id)!;
        given += t.size;
        wanted += g.size;
        right += [...t].filter((x) => g.has(x)).length;
      }
      const parts = section(dir);
      expect(text(parts)).toContain(`(${texts.length} findings)`);
      expect(parts.find((p) => p.classList.contains('today'))!.text.replace(/\s+/g, ' ')).toContain(
        `against ${who}, precision ${(right / given).toFixed(3)} and recall ${(right / wanted).toFixed(3)}`,
      );
      const table = parts.find((p) => p.tagName === 'TABLE')!;
      const overall = table.querySelectorAll('tr.overall td').map((c) => c.text.trim());
      expect(overall).toEqual([(right / given).toFixed(3), (right / wanted).toFixed(3)]);
    },
  );

  it.each([
    ['unseen', false],
    ['unseen-2', false],
    ['unseen-3', false],
    ['unseen-4', false],
    ['unseen-5', false],
    ['unseen-6', false],
    ['unseen-7', true],
  ])(
    'states %s’s first score per labeller from first-score.jsonl (not read since: %s)',
    (dir, newest) => {
      const first = read<First>(dir, 'first-score.jsonl');
      const said = text(section(dir));
      for (const f of first)
        expect(said).toContain(
          `precision ${(f.correct / f.tags).toFixed(3)} and recall ${(f.correct / f.labels).toFixed(3)}`,
        );
      expect(
        said.includes(
          'That is the current measurement of how the themes do on findings the rules and the model have never seen',
        ),
      ).toBe(newest);
      expect(
        said.includes('The rules are not tuned, nor the model trained, with this set read'),
      ).toBe(newest);
      expect(said.includes('Scored once with the rules and the theme model')).toBe(
        ['unseen-4', 'unseen-5', 'unseen-6', 'unseen-7'].includes(dir),
      );
      expect(
        said.includes('These findings have been read since: the model is trained on them'),
      ).toBe(!newest);
    },
  );
});
