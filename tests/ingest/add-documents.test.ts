/**
 * `npm run add -- FOLDER`: PDFs copied into the input folder as received (sub-folders too), their
 * manifest rows carried over, ingest run; nothing overwritten, nothing copied twice.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { letterPdf } from '../../scripts/bench/pdf/letter-pdf.ts';
import { ROOT, seedBytes } from '../helpers/seeds.ts';

const work = mkdtempSync(join(tmpdir(), 'fdf-add-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const [seeds, out, downloads] = ['seeds', 'content', 'downloads'].map((d) => join(work, d));

function add(...args: string[]) {
  const r = spawnSync(
    process.execPath,
    [
      join(ROOT, 'scripts/add-documents.ts'),
      '--in',
      seeds,
      '--out',
      out,
      '--overrides',
      join(work, 'overrides.yaml'),
      ...args,
    ],
    { encoding: 'utf8' },
  );
  return { code: r.status, stderr: r.stderr };
}

describe('npm run add', () => {
  it('copies a folder of PDFs into the input folder with their URLs, ingests them, and adds nothing twice', async () => {
    mkdirSync(seeds);
    writeFileSync(join(work, 'overrides.yaml'), 'overrides: []\n');
    mkdirSync(join(downloads, '2011'), { recursive: true });
    const pdf = async (seed: string) =>
      letterPdf(new TextDecoder().decode(seedBytes(seed)), {
        columns: true,
        bullets: ['private-use'],
      });
    writeFileSync(join(downloads, 'leicester.pdf'), await pdf('000_3186cc781e8fbb64.txt'));
    writeFileSync(join(downloads, '2011', 'rutland.pdf'), await pdf('003_58c395879ae4d1eb.txt'));
    writeFileSync(join(downloads, 'notes.docx'), 'not a document');
    writeFileSync(
      join(downloads, 'sources.csv'),
      'file,url\nleicester.pdf,https://example.org/leicester.pdf\n',
    );

    const first = add(downloads);
    expect(first.stderr).toContain('add: 2 file(s) copied into seeds/, 0 already there, 0 refused');
    expect(first.code).toBe(0);
    expect(readdirSync(seeds).sort()).toEqual(['leicester.pdf', 'rutland.pdf', 'sources.csv']);
    expect(readFileSync(join(seeds, 'sources.csv'), 'utf8')).toBe(
      'file,url,title\nleicester.pdf,https://example.org/leicester.pdf,\n',
    );
    expect(readdirSync(join(out, 'letters')).sort()).toEqual([
      'leicester-2009-08.mdx',
      'rutland-2011-05.mdx',
    ]);

    writeFileSync(join(work, 'rutland.pdf'), await pdf('002_86eaaeeef7e69d1e.txt'));
    const second = add(downloads, join(work, 'rutland.pdf'));
    expect(second.stderr).toContain(
      `${join(work, 'rutland.pdf')}: seeds/rutland.pdf exists with other content — rename the new file`,
    );
    expect(second.stderr).toContain(
      'add: 0 file(s) copied into seeds/, 2 already there, 1 refused',
    );
    expect(second.code).toBe(1);
    expect(
      readFileSync(join(seeds, 'sources.csv'), 'utf8').split('\n').filter(Boolean),
    ).toHaveLength(2);
  });
});
