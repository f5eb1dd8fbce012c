/**
 * Every seed printed as a PDF with the layout of real letters (letterhead in
 * two columns, right-aligned date, bullet glyphs as separate runs in Symbol,
 * ZapfDingbats and a private-use code point, justified text, a signature
 * image, running header and "Page N of M" footer, a page break inside a
 * finding, content drawn in reverse order) gives the same document as its text.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { letterPdf, type LetterPdfOptions } from '../../../scripts/bench/pdf/letter-pdf.ts';
import { comparable, ingest, pdfSources } from '../../helpers/pdf/ingest-pdf.ts';
import { SEED_FILES, seedBytes } from '../../helpers/seeds.ts';

const HEADER = 'Unannounced inspection of contact, referral and assessment arrangements';
const TRAITS: LetterPdfOptions[] = [
  {
    columns: true,
    justify: true,
    bullets: ['symbol', 'private-use'],
    header: HEADER,
    signature: true,
    reverseStream: true,
    breakInItem: 3,
  },
  {
    justify: false,
    bullets: ['dingbat'],
    header: 'City of London Corporation',
    signature: true,
    breakInItem: 5,
  },
  {
    columns: true,
    justify: true,
    bullets: ['private-use', 'hyphen'],
    header: HEADER,
    reverseStream: true,
    breakInItem: 1,
  },
  {
    columns: true,
    bullets: ['symbol', 'dingbat', 'private-use', 'hyphen'],
    signature: true,
    breakInItem: 8,
  },
  {
    justify: true,
    bullets: ['symbol'],
    header: 'Leeds City Council Executive Board',
    reverseStream: true,
    breakInItem: 2,
  },
];
const work = mkdtempSync(join(tmpdir(), 'fdf-pdf-seeds-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a seed printed as a PDF', () => {
  SEED_FILES.filter((name) => name.endsWith('.txt')).forEach((name, i) => {
    it(`${name} gives the same metadata and findings as its text, with pages`, async () => {
      const text = new TextDecoder().decode(seedBytes(name));
      const pdf = await letterPdf(text, TRAITS[i]);
      const fromText = ingest([{ name, bytes: seedBytes(name) }]);
      const fromPdf = ingest((await pdfSources(name.replace('.txt', '.pdf'), pdf)).files);
      expect(fromPdf.errors).toEqual([]);
      expect(fromPdf.outputs).toHaveLength(1);
      const [doc] = fromPdf.outputs.map((o) => o.document);
      expect(comparable(doc)).toEqual(comparable(fromText.outputs[0].document));
      expect(doc.source.encoding).toBe('pdf');
      // Pages run from 1 or 2 to the last page and never go back.
      const pages = doc.findings.map((f) => f.page!);
      expect(pages.every((p, k) => p >= 1 && (k === 0 || p >= pages[k - 1]))).toBe(true);
      expect(pages.at(-1)).toBeGreaterThan(pages[0]);
    });
  });

  it('is drawn out of reading order (pdftotext -raw, which keeps stream order, reads the salutation before the date above it)', async () => {
    const name = SEED_FILES[0];
    const file = join(work, 'reversed.pdf');
    writeFileSync(file, await letterPdf(new TextDecoder().decode(seedBytes(name)), TRAITS[0]));
    const raw = spawnSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).stdout;
    expect(raw.indexOf('Dear Ms Dickinson')).toBeGreaterThan(-1);
    expect(raw.indexOf('Dear Ms Dickinson')).toBeLessThan(raw.indexOf('2 September 2009'));
    const { text } = await pdfSources(
      'reversed.pdf',
      await letterPdf(new TextDecoder().decode(seedBytes(name)), TRAITS[0]),
    );
    expect(text.indexOf('2 September 2009')).toBeGreaterThan(-1);
    expect(text.indexOf('2 September 2009')).toBeLessThan(text.indexOf('Dear Ms Dickinson'));
  });
});
