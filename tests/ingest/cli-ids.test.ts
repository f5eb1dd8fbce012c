/**
 * Nothing lost, end to end through the ingest command: ids survive a file
 * that is briefly missing, renamed or re-encoded; retiring an id needs
 * --retire; a split seed finding leads from its old id to the new ones; a
 * trial letter can be discarded; and --in cannot rewrite content/ by accident.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../scripts/bench/generate-corpus-cli.ts';
import { letterPdf } from '../../scripts/bench/pdf/letter-pdf.ts';
import { registrySchema } from '../../src/schemas/finding-ids.ts';
import { ROOT, SEED_FILES } from '../helpers/seeds.ts';

const work = mkdtempSync(join(tmpdir(), 'fdf-ids-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A private copy of the project (its own seeds/ and content/), so no test can touch the real ones. */
function project(name: string): string {
  const dir = join(work, name);
  for (const entry of ['package.json', 'scripts', 'src', 'content', 'seeds'])
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}
function ingest(dir: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [join(dir, 'scripts/ingest.ts'), ...args], {
    cwd: dir,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
/** content/ as bytes, by path. */
function content(dir: string): Record<string, string> {
  const letters = readdirSync(join(dir, 'content/letters')).sort();
  return Object.fromEntries([
    ['finding-ids.json', readFileSync(join(dir, 'content/finding-ids.json'), 'utf8')],
    ...letters.map((n) => [n, readFileSync(join(dir, 'content/letters', n), 'utf8')]),
  ]);
}
const registry = (dir: string) =>
  registrySchema.parse(JSON.parse(readFileSync(join(dir, 'content/finding-ids.json'), 'utf8')));
const idsOf = (dir: string, slug: string) =>
  [
    ...readFileSync(join(dir, 'content/letters', `${slug}.mdx`), 'utf8').matchAll(
      /^ {2}- id: "(.+)"$/gm,
    ),
  ].map((m) => m[1]);
const leicester = SEED_FILES[0]!;

describe('ids through a bad day', () => {
  const dir = project('bad-day');
  const before = content(dir);
  const ids = idsOf(dir, 'leicester-2009-08');

  it('a run that would retire published ids lists them, refuses without --retire, and writes nothing', () => {
    renameSync(join(dir, 'seeds', leicester), join(work, leicester));
    const { code, stderr } = ingest(dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(new RegExp(`would retire ${ids.length} finding id\\(s\\)`));
    for (const id of ids) expect(stderr).toContain(`  ${id}: its source document was removed`);
    expect(stderr).toMatch(/nothing written — run again with --retire/);
    expect(content(dir)).toEqual(before);
  });

  it('remove (with --retire) and restore: every id comes back and content/ is byte for byte as it was', () => {
    expect(ingest(dir, '--retire').code).toBe(0);
    expect(registry(dir).ids[ids[0]!]).toMatchObject({ status: 'retired' });
    renameSync(join(work, leicester), join(dir, 'seeds', leicester));
    const { code, stderr } = ingest(dir);
    expect(stderr).not.toMatch(/retire/);
    expect(code).toBe(0);
    expect(content(dir)).toEqual(before);
  });

  it('renaming a file and re-encoding it (UTF-16 with CRLF) keeps every id', () => {
    const text = readFileSync(join(dir, 'seeds', leicester), 'utf8').replace(/\n/g, '\r\n');
    rmSync(join(dir, 'seeds', leicester));
    writeFileSync(
      join(dir, 'seeds', 'leicester-letter.txt'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    );
    const { code, stderr } = ingest(dir);
    expect(code, stderr).toBe(0);
    expect(idsOf(dir, 'leicester-2009-08')).toEqual(ids);
    const after = registry(dir);
    expect(after.sources?.['leicester-2009-08']).toBe('leicester-letter.txt');
    // Provenance changes; the ids, their texts and their first issue do not.
    for (const id of ids)
      expect(after.ids[id]).toEqual(
        registrySchema.parse(JSON.parse(before['finding-ids.json']!)).ids[id],
      );
  });
});

describe('ids through a change of format', () => {
  const dir = project('format');
  const ids = idsOf(dir, 'leicester-2009-08');

  it('swapping the text for its PDF keeps every id, and swapping back keeps them too', async () => {
    const text = readFileSync(join(dir, 'seeds', leicester), 'utf8');
    rmSync(join(dir, 'seeds', leicester));
    writeFileSync(
      join(dir, 'seeds', 'leicester-letter.pdf'),
      await letterPdf(text, {
        columns: true,
        justify: true,
        bullets: ['symbol'],
        header: 'Ofsted',
      }),
    );
    const asPdf = ingest(dir);
    expect(asPdf.code, asPdf.stderr).toBe(0);
    expect(idsOf(dir, 'leicester-2009-08')).toEqual(ids);
    expect(registry(dir).sources?.['leicester-2009-08']).toBe('leicester-letter.pdf');
    rmSync(join(dir, 'seeds', 'leicester-letter.pdf'));
    writeFileSync(join(dir, 'seeds', leicester), text);
    const asText = ingest(dir);
    expect(asText.code, asText.stderr).toBe(0);
    expect(idsOf(dir, 'leicester-2009-08')).toEqual(ids);
  }, 120_000);
});

describe('a seed finding split in two', () => {
  const dir = project('split');
  const file = join(dir, 'seeds', SEED_FILES[1]!);
  const sentence =
    'More professionals have received training and a more detailed analysis of local need undertaken. ';
  writeFileSync(file, readFileSync(file, 'utf8').replace(sentence, `${sentence.trim()}\n- `));

  it('is refused without --retire, then leads from the old id to both new findings', () => {
    expect(ingest(dir).stderr).toMatch(
      /city-of-london-2011-07-d4: its words are now divided between other findings/,
    );
    expect(ingest(dir, '--retire').code).toBe(0);
    expect(registry(dir).ids['city-of-london-2011-07-d4']).toMatchObject({
      status: 'retired',
      successors: ['city-of-london-2011-07-d5', 'city-of-london-2011-07-d6'],
    });
    expect(idsOf(dir, 'city-of-london-2011-07').filter((id) => id!.includes('-d'))).toEqual(
      ['d1', 'd2', 'd3', 'd5', 'd6'].map((n) => `city-of-london-2011-07-${n}`),
    );
  });
});

describe('--in cannot rewrite content/ by accident', () => {
  const dir = project('misuse');
  const elsewhere = join(work, 'elsewhere');
  mkdirSync(elsewhere);
  cpSync(join(ROOT, 'seeds', SEED_FILES[2]!), join(elsewhere, SEED_FILES[2]!));
  const before = content(dir);

  it('refuses --in DIR without --json or --out, in one line that says what to do, and changes nothing', () => {
    const { code, stderr } = ingest(dir, '--in', elsewhere);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(
      /refusing to rewrite content\/ from a folder other than seeds\/ — add --json to preview.*--out DIR.*--replace-content/,
    );
    expect(content(dir)).toEqual(before);
  });
  it('--in DIR --json previews and writes nothing; --in DIR --out DIR writes elsewhere', () => {
    const preview = ingest(dir, '--in', elsewhere, '--json');
    expect(preview.code).toBe(0);
    expect(JSON.parse(preview.stdout).documents.map((d: { slug: string }) => d.slug)).toEqual([
      'lincolnshire-2011-01',
    ]);
    // A fresh registry has none of the ids content/theme-overrides.yaml names: an empty overrides file, as the benchmark does.
    writeFileSync(join(work, 'no-overrides.yaml'), 'overrides: []\n');
    expect(
      ingest(
        dir,
        '--in',
        elsewhere,
        '--out',
        join(work, 'scratch'),
        '--overrides',
        join(work, 'no-overrides.yaml'),
      ).code,
    ).toBe(0);
    expect(readdirSync(join(work, 'scratch/letters'))).toEqual(['lincolnshire-2011-01.mdx']);
    expect(content(dir)).toEqual(before);
  });
  it('--replace-content still refuses to retire the other documents’ ids without --retire', () => {
    const { code, stderr } = ingest(dir, '--in', elsewhere, '--replace-content');
    expect(code).toBe(1);
    const others = Object.values(registry(dir).ids).filter(
      (e) => e.document !== 'lincolnshire-2011-01',
    ).length;
    expect(stderr).toMatch(new RegExp(`would retire ${others} finding id\\(s\\)`));
    expect(content(dir)).toEqual(before);
  });
});

describe('undoing a trial with --discard-unpublished', () => {
  const dir = project('trial');
  const git = (...args: string[]) =>
    spawnSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.org', ...args], {
      cwd: dir,
      encoding: 'utf8',
    });
  git('init', '-q');
  git('add', 'content/finding-ids.json');
  git('commit', '-qm', 'registry');
  const committed = readFileSync(join(dir, 'content/finding-ids.json'), 'utf8');

  it('records when and from what a trial letter’s ids were issued, then discards exactly those', () => {
    const [trial] = writeCorpus({ n: 1, seed: 11, out: join(dir, 'seeds') });
    expect(ingest(dir).code).toBe(0);
    const issued = Object.entries(registry(dir).ids).filter(
      ([id]) => !Object.hasOwn(JSON.parse(committed).ids, id),
    );
    expect(issued.length).toBeGreaterThan(0);
    for (const [, entry] of issued)
      expect(entry.issued).toMatchObject({
        revision: JSON.parse(committed).revision + 1,
        file: trial!.name,
      });
    rmSync(join(dir, 'seeds', trial!.name));
    expect(ingest(dir).stderr).toMatch(
      /would retire .* --discard-unpublished drops ids never committed/s,
    );
    const { code, stderr } = ingest(dir, '--discard-unpublished');
    expect(code, stderr).toBe(0);
    expect(stderr).toContain(
      `discarding ${issued.length} id(s) issued since content/finding-ids.json was last committed: ${issued.map(([id]) => id).join(', ')}`,
    );
    expect(readFileSync(join(dir, 'content/finding-ids.json'), 'utf8')).toBe(committed);
  });
  it('outside git it says why it cannot tell, in one line, and writes nothing', () => {
    rmSync(join(dir, '.git'), { recursive: true });
    const { code, stderr } = ingest(dir, '--discard-unpublished');
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /finding-ids\.json: no committed version in git .* — commit the registry first/,
      ),
    ]);
  });
});
