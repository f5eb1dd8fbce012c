/**
 * `npm run ingest` with a corrections folder: a correction applied on disk
 * and reported, and a failing one printed as corrections-file:line with the
 * document's last good output kept and the others written.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, SEED_FILES } from '../../helpers/seeds.ts';

const work = mkdtempSync(join(tmpdir(), 'fdf-corrections-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const input = join(work, 'in');
const out = join(work, 'out');
for (const file of SEED_FILES) cpSync(join(ROOT, 'seeds', file), join(input, file));
mkdirSync(join(input, 'corrections'));
const correction = join(input, 'corrections/leicester-2009-08.yaml');

function ingest(...flags: string[]) {
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'scripts/ingest.ts'), '--in', input, '--out', out, ...flags],
    { encoding: 'utf8' },
  );
  return { code: result.status, stderr: result.stderr };
}
const leicester = () => readFileSync(join(out, 'letters/leicester-2009-08.mdx'), 'utf8');

describe('corrections on disk', () => {
  it('applies a corrections file from <input>/corrections/ and lists it in the intake report', () => {
    expect(ingest().code).toBe(0); // ids issued before the correction, as in a real collection
    writeFileSync(
      correction,
      'corrections:\n  - finding: Child protection enquiries in relation to disabled children\n    judgement: area-for-development\n    reason: A test of re-judging a finding.\n',
    );
    // Re-judged, the finding takes an id of its new judgement and retires its old one: that needs --retire.
    expect(ingest().stderr).toMatch(/would retire 1 finding id\(s\)/);
    const { code, stderr } = ingest('--retire');
    expect(code).toBe(0);
    expect(leicester()).toMatch(
      /id: "leicester-2009-08-d6"\n\s+judgement: "area-for-development"[\s\S]*?corrections:\n\s+- change: "judgement set to area for development; the parse read strength"\n\s+reason: "A test of re-judging a finding\."/,
    );
    expect(stderr).toMatch(/^OK\s+leicester-2009-08\s+0\s+6\s+7\s+5\s+1\s*$/m);
    expect(readFileSync(join(out, 'intake-report.md'), 'utf8')).toMatch(
      /\| \*\*OK\*\* \| \[leicester-2009-08\]\(letters\/leicester-2009-08\.mdx\) \|.*\| 0 \| 6 \| 7 \| 5 \| 1 \| \|/,
    );
  });

  it('a correction that no longer applies: file:line on the terminal and in the report, last good output kept, others written', () => {
    const before = leicester();
    writeFileSync(
      correction,
      'corrections:\n  - merge: [Initial responses by social care, No such finding in this letter]\n    reason: A test.\n',
    );
    const { code, stderr } = ingest();
    expect(code).toBe(1);
    expect(stderr).toContain(
      `${join(input, SEED_FILES[0])}: not written this time, its corrections failed: ${correction}:2: merge: no finding contains "No such finding in this letter"`,
    );
    expect(stderr).toMatch(/ingest: 4 documents/);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(leicester()).toBe(before);
    expect(readFileSync(join(out, 'intake-report.md'), 'utf8')).toMatch(
      /^\| \*\*Error\*\* \| \| 000_\S+ \|.*leicester-2009-08\.yaml:2: merge: no finding contains/m,
    );
  });
});
