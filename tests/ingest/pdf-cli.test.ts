/**
 * `npm run ingest` on a folder of PDFs: extracted once into reviewable text
 * files, not again while the PDFs are unchanged; the same documents as the
 * text seeds, with pages and the manifest's source URLs; bad PDFs refused
 * one line each while the others get in.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SourceDocument } from '../../src/schemas/document.ts';
import { comparable } from '../helpers/pdf/ingest-pdf.ts';
import { letterPdf } from '../../scripts/bench/pdf/letter-pdf.ts';
import { imageOnlyPdf } from '../helpers/pdf/odd-pdfs.ts';
import { ROOT, SEED_FILES, seedBytes } from '../helpers/seeds.ts';

const work = mkdtempSync(join(tmpdir(), 'fdf-pdf-cli-'));
const pdfs = join(work, 'pdfs');
const out = join(work, 'out');
const TEXT_SEEDS = SEED_FILES.filter((n) => n.endsWith('.txt'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function ingest(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/ingest.ts'), ...args], {
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const letters = () =>
  Object.fromEntries(
    readdirSync(join(out, 'letters'))
      .sort()
      .map((n) => [n, readFileSync(join(out, 'letters', n), 'utf8')]),
  );

beforeAll(async () => {
  mkdirSync(pdfs);
  for (const [i, name] of TEXT_SEEDS.entries()) {
    const pdf = await letterPdf(new TextDecoder().decode(seedBytes(name)), {
      columns: true,
      justify: i % 2 === 0,
      bullets: ['private-use', 'dingbat'],
      header: 'Ofsted',
      reverseStream: i === 1,
    });
    writeFileSync(join(pdfs, name.replace('.txt', '.pdf')), pdf);
  }
  writeFileSync(
    join(pdfs, 'sources.csv'),
    `file,url,title\n${TEXT_SEEDS[0].replace('.txt', '.pdf')},https://example.org/ofsted/leicester-2009.pdf,\n`,
  );
});

describe('npm run ingest on PDFs', () => {
  it('gives the documents of the text seeds, with pages, the source URL and the extracted text files', () => {
    const first = ingest('--in', pdfs, '--out', out);
    expect(first.stderr).toMatch(/pdf: 5 extracted in [\d.]+ s; 0 unchanged/);
    expect(first.code).toBe(0);
    const fromText = JSON.parse(
      ingest('--in', join(ROOT, 'seeds'), '--out', join(work, 'unused'), '--json').stdout,
    ).documents as SourceDocument[];
    const fromPdf = JSON.parse(ingest('--in', pdfs, '--out', out, '--json').stdout)
      .documents as SourceDocument[];
    expect(fromPdf.map(comparable)).toEqual(fromText.map(comparable));
    expect(
      fromPdf.every((d) => d.source.encoding === 'pdf' && d.findings.every((f) => f.page! >= 1)),
    ).toBe(true);
    expect(fromPdf.find((d) => d.slug === 'leicester-2009-08')!.source.pdfUrl).toBe(
      'https://example.org/ofsted/leicester-2009.pdf',
    );
    const extracted = readdirSync(join(out, 'extracted')).sort();
    expect(extracted).toEqual(TEXT_SEEDS);
    const head = readFileSync(join(out, 'extracted', TEXT_SEEDS[0]), 'utf8');
    expect(head).toMatch(
      /^# GENERATED from 000_3186cc781e8fbb64\.pdf by scripts\/ingest\/read\/ — do not edit/,
    );
    expect(head).toMatch(/^# pdf-sha256: [0-9a-f]{64}$/m);
    expect(letters()['leicester-2009-08.mdx']).toMatch(/^\s+page: \d+$/m);
  });

  it('does not extract unchanged PDFs again and writes the same bytes', () => {
    const before = letters();
    const again = ingest('--in', pdfs, '--out', out);
    expect(again.stderr).toMatch(/pdf: 0 extracted in 0\.0 s; 5 unchanged/);
    expect(letters()).toEqual(before);
  });

  it('reads a PDF again when its extracted text was edited by hand, overwriting the edit', () => {
    const path = join(out, 'extracted', TEXT_SEEDS[2]);
    const generated = readFileSync(path, 'utf8');
    writeFileSync(path, generated.replace('Strengths', 'Strengths (edited)'));
    expect(ingest('--in', pdfs, '--out', out).stderr).toMatch(
      /pdf: 1 extracted in [\d.]+ s; 4 unchanged/,
    );
    expect(readFileSync(path, 'utf8')).toBe(generated);
  });

  it("reads a .txt beside a PDF of the same name instead of the PDF: one document, with the PDF's URL", () => {
    const [name] = TEXT_SEEDS;
    writeFileSync(join(pdfs, name), seedBytes(name));
    const r = ingest('--in', pdfs, '--out', out, '--json');
    expect(r.code).toBe(0);
    const docs = JSON.parse(r.stdout).documents as SourceDocument[];
    expect(docs).toHaveLength(5);
    const leicester = docs.find((d) => d.slug === 'leicester-2009-08')!;
    expect(leicester.source).toMatchObject({
      file: name,
      encoding: 'utf-8',
      pdfUrl: 'https://example.org/ofsted/leicester-2009.pdf',
    });
    rmSync(join(pdfs, name));
  });

  it('refuses a scanned PDF and a bad manifest row on one line each, writes the others, and drops the text of a removed PDF', async () => {
    writeFileSync(join(pdfs, 'scan.pdf'), await imageOnlyPdf());
    writeFileSync(join(pdfs, 'sources.csv'), 'file,url\nnope.pdf,https://example.org/x.pdf\n');
    rmSync(join(pdfs, TEXT_SEEDS[4].replace('.txt', '.pdf')));
    // Removing a document retires its finding ids, which ingest does only when told to.
    const r = ingest('--in', pdfs, '--out', out, '--retire');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${join(pdfs, 'scan.pdf')}: no text layer — this PDF needs OCR`);
    expect(r.stderr).toContain(
      `${join(pdfs, 'sources.csv')}:2: no file "nope.pdf" in the input folder`,
    );
    expect(readdirSync(join(out, 'extracted')).sort()).toEqual(TEXT_SEEDS.slice(0, 4));
    expect(Object.keys(letters())).toHaveLength(4);
  });
});
