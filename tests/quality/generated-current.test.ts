/**
 * Generated content is current: `npm run ingest` over seeds/ into a
 * temporary folder that starts from the committed permalink registry rewrites
 * content/letters/*.mdx, content/finding-ids.json and content/intake-report.md exactly as committed —
 * ingest is at a fixed point, so CI fails when someone edits seeds/ (or the
 * pipeline) without committing the regenerated content. (tests/ingest/cli.test.ts
 * checks the letters from an empty registry; this adds the registry.) PDFs' extracted text
 * (content/extracted/) starts from the committed files too, as in a checkout, so only a PDF whose
 * text is not current is read again, and must come out as committed.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.ts';

const out = mkdtempSync(join(tmpdir(), 'fdf-current-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const read = (dir: string) => ({
  registry: readFileSync(join(dir, 'finding-ids.json'), 'utf8'),
  report: readFileSync(join(dir, 'intake-report.md'), 'utf8'),
  letters: Object.fromEntries(
    readdirSync(join(dir, 'letters'))
      .sort()
      .map((n) => [n, readFileSync(join(dir, 'letters', n), 'utf8')]),
  ),
  extracted: existsSync(join(dir, 'extracted'))
    ? Object.fromEntries(
        readdirSync(join(dir, 'extracted'))
          .sort()
          .map((n) => [n, readFileSync(join(dir, 'extracted', n), 'utf8')]),
      )
    : {},
});

it('ingest over seeds/ reproduces content/ (letters, permalink registry, intake report) exactly', () => {
  mkdirSync(join(out, 'letters'));
  copyFileSync(join(ROOT, 'content/finding-ids.json'), join(out, 'finding-ids.json'));
  if (existsSync(join(ROOT, 'content/extracted')))
    cpSync(join(ROOT, 'content/extracted'), join(out, 'extracted'), { recursive: true });
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'scripts/ingest.ts'), '--in', join(ROOT, 'seeds'), '--out', out],
    { encoding: 'utf8' },
  );
  expect(result.status, result.stderr).toBe(0);
  const expected = read(join(ROOT, 'content'));
  const actual = read(out);
  expect(Object.keys(actual.letters)).toEqual(Object.keys(expected.letters));
  for (const name of Object.keys(expected.letters))
    expect(
      actual.letters[name],
      `content/letters/${name} is stale: run npm run ingest and commit`,
    ).toBe(expected.letters[name]);
  expect(actual.registry, 'content/finding-ids.json is stale: run npm run ingest and commit').toBe(
    expected.registry,
  );
  expect(actual.report, 'content/intake-report.md is stale: run npm run ingest and commit').toBe(
    expected.report,
  );
  expect(actual.extracted, 'content/extracted/ is stale: run npm run ingest and commit').toEqual(
    expected.extracted,
  );
});
