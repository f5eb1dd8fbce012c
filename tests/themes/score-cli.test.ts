/**
 * `npm run themes:score` end to end on a hand-made labels file: it scores the real
 * rules against the labels, prints every part and the agreement, and fails with a
 * clear message on a bad label.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { tagFinding } from '../../scripts/ingest/themes/tag-finding.ts';
import type { GoldFinding } from '../../scripts/themes/gold/gold-schema.ts';
import { loadGoldFindings } from '../../scripts/themes/gold/load-gold.ts';
import { themesFileSchema } from '../../src/schemas/theme.ts';
import { ROOT } from '../helpers/paths.ts';
import { themeModel } from '../helpers/theme-model.ts';

const themes = themesFileSchema.parse(
  parse(readFileSync(join(ROOT, 'content/themes.yaml'), 'utf8')),
).themes;
const work = mkdtempSync(join(tmpdir(), 'fdf-score-'));
const score = (...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'scripts/themes/score.ts'), ...args], {
    encoding: 'utf8',
  });
const write = (name: string, lines: object[]) => {
  const file = join(work, name);
  writeFileSync(file, `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
  return file;
};

describe('themes:score', () => {
  const [one, two] = loadGoldFindings(ROOT).filter((f) => f.source === 'seed');
  // As the scorer does: the judgement lets remedies in weaknesses count as side clauses.
  const tags = (f: GoldFinding) =>
    tagFinding(f.text, themes, themeModel, f.judgement).map((t) => t.theme);

  it('labels equal to the rules’ own tags score 1.000 / 1.000 on what was labelled, with agreement for a second labeller', () => {
    const file = write('labels.jsonl', [
      { id: one!.id, themes: tags(one!), labeller: 'a' },
      { id: two!.id, themes: tags(two!), labeller: 'a' },
      { id: one!.id, themes: [], labeller: 'b' },
    ]);
    const { status, stdout } = score('--labels', file);
    expect(status).toBe(0);
    expect(stdout).toMatch(/against labels by a\./);
    expect(stdout).toMatch(/^all\s+overall\s+2\s+\d+\s+\d+\s+\d+\s+1\.000\s+1\.000$/m);
    expect(stdout).toMatch(/^tune\s+overall/m);
    expect(stdout).toMatch(/^held\s+overall/m);
    expect(stdout).toMatch(/findings have no labels and were not scored/);
    expect(stdout).toMatch(/agreement a vs b: 1 shared findings, exact 0\.000/);
  });

  it('--findings scores a labelled set kept outside docs/themes/gold/, with no split: "all" rows only', () => {
    const outside = [
      {
        id: 'outside-1',
        judgement: 'strength',
        text: 'Chronologies are up to date on every file.',
        source: 'written',
      },
      {
        id: 'outside-2',
        judgement: 'area-for-development',
        text: 'Caseloads are too high.',
        source: 'written',
      },
    ];
    const findings = write('outside-findings.jsonl', outside);
    const labels = write('outside-labels.jsonl', [
      { id: 'outside-1', themes: ['chronologies'], labeller: 'c' },
      { id: 'outside-2', themes: ['caseloads-and-capacity', 'supervision'], labeller: 'c' },
    ]);
    const { status, stdout, stderr } = score('--findings', findings, '--labels', labels);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    // The rules tag chronologies and caseloads; supervision is missed: 2 of 2 tags right, 2 of 3 labels found.
    expect(stdout).toMatch(/^all\s+overall\s+2\s+3\s+2\s+2\s+1\.000\s+0\.667$/m);
    expect(stdout).toMatch(/^all\s+theme supervision\s+1\s+1\s+0\s+0\s+—\s+0\.000$/m);
    expect(stdout).not.toMatch(/^(?:tune|held)\s/m);
  });

  it('reads --findings and --labels given relative to where it runs, as the unseen set’s README shows', () => {
    const { status, stdout, stderr } = spawnSync(
      process.execPath,
      [
        join(ROOT, 'scripts/themes/score.ts'),
        '--findings',
        'docs/themes/unseen/findings.jsonl',
        '--labels',
        'docs/themes/unseen/labels.jsonl',
      ],
      { encoding: 'utf8', cwd: ROOT },
    );
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^all\s+overall\s+160\s/m);
  });

  it('fails naming the file problem: an unknown theme, or a labeller nobody is', () => {
    const bad = score(
      '--labels',
      write('bad.jsonl', [
        { id: one!.id, themes: ['progress-since-last-inspection'], labeller: 'a' },
      ]),
    );
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(
      /unknown theme "progress-since-last-inspection"; allowed: contact-and-referral/,
    );
    const nobody = score(
      '--labels',
      write('ok.jsonl', [{ id: one!.id, themes: [], labeller: 'a' }]),
      '--labeller',
      'zed',
    );
    expect(nobody.status).toBe(1);
    expect(nobody.stderr).toMatch(/no labels by "zed"; labellers: a/);
  });
});
