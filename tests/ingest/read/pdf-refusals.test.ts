/**
 * PDFs that cannot give a document say why, in words a maintainer can act on;
 * a council report bundling the Ofsted letter gives both documents.
 */
import { describe, expect, it } from 'vitest';
import { extractPdfText } from '../../../scripts/ingest/read/extract-pdf-text.ts';
import { comparable, ingest, pdfSources } from '../../helpers/pdf/ingest-pdf.ts';
import { letterPdf } from '../../../scripts/bench/pdf/letter-pdf.ts';
import {
  concatenatePdfs,
  encryptedPdf,
  imageOnlyPdf,
  truncatedPdf,
} from '../../helpers/pdf/odd-pdfs.ts';
import { seedBytes } from '../../helpers/seeds.ts';

const LETTER = '000_3186cc781e8fbb64.txt';
const REPORT = '004_fbe8dc887d77047a.txt';
const seedText = (name: string) => new TextDecoder().decode(seedBytes(name));

describe('PDF refusals', () => {
  it('an image-only PDF needs OCR', async () => {
    await expect(extractPdfText(await imageOnlyPdf())).rejects.toThrow(
      /^no text layer — this PDF needs OCR/,
    );
  });

  it('an encrypted PDF says so', async () => {
    await expect(extractPdfText(await encryptedPdf())).rejects.toThrow(
      /^the PDF is encrypted with a password — /,
    );
  });

  it('a truncated or non-PDF file says it is damaged', async () => {
    const full = await letterPdf(seedText(LETTER));
    await expect(extractPdfText(await truncatedPdf(full))).rejects.toThrow(
      /damaged|not a readable PDF/,
    );
    await expect(extractPdfText(new TextEncoder().encode('%PDF-1.7\nnot really'))).rejects.toThrow(
      /get a fresh copy of the file$/,
    );
  });

  it('a text-layer PDF that is not a letter is refused as such, not as unreadable', async () => {
    const { files } = await pdfSources(
      'minutes.pdf',
      await letterPdf('Minutes of the meeting\n\nApologies were received.\n'),
    );
    expect(ingest(files).errors).toEqual([
      {
        file: 'minutes.pdf',
        message: expect.stringMatching(/^not an Ofsted letter or council report/),
      },
    ]);
  });
});

describe('a council report with the Ofsted letter as its appendix', () => {
  it('gives both documents, each equal to its own text, with pages of the whole PDF', async () => {
    const report = await letterPdf(seedText(REPORT), {
      header: 'Leeds City Council',
      justify: true,
    });
    const letter = await letterPdf(seedText(LETTER), { columns: true, bullets: ['private-use'] });
    const { files } = await pdfSources('bundle.pdf', await concatenatePdfs([report, letter]));
    const result = ingest(files);
    expect(result.errors).toEqual([]);
    const docs = result.outputs.map((o) => o.document).sort((a, b) => a.kind.localeCompare(b.kind));
    expect(docs.map((d) => d.kind)).toEqual(['council-report', 'ofsted-letter']);
    expect(docs.every((d) => d.source.file === 'bundle.pdf')).toBe(true);
    const alone = ingest([
      { name: REPORT, bytes: seedBytes(REPORT) },
      { name: LETTER, bytes: seedBytes(LETTER) },
    ]).outputs.map((o) => o.document);
    // The report names the letter's council once the letter is in the corpus: compare with both ingested together.
    expect(comparable(docs[0])).toEqual(
      comparable(alone.find((d) => d.kind === 'council-report')!),
    );
    expect(comparable(docs[1])).toEqual(comparable(alone.find((d) => d.kind === 'ofsted-letter')!));
    const reportPages = Math.max(...docs[0].findings.map((f) => f.page!));
    expect(Math.min(...docs[1].findings.map((f) => f.page!))).toBeGreaterThan(reportPages);
  });
});
