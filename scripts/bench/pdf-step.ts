/**
 * The PDF intake step: the corpus's first 450 letters printed as letter-like PDFs (two-column
 * letterhead, justified text, bullet glyphs as separate runs, running header and page footer),
 * ingested from PDF into a content folder of their own twice: the first run extracts every PDF, the
 * second finds them unchanged and extracts none. Printing the PDFs is not timed.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromCommand, type Measurement, type StepResult } from './measurement.ts';
import { letterPdf } from './pdf/letter-pdf.ts';
import { runCommand } from './run-command.ts';

/** As many PDFs as the real corpus has letters. */
const LETTERS = 450;
const EXTRACTED = /pdf: (\d+) extracted in ([\d.]+) s; (\d+) unchanged/;

export const pdfIntake: Measurement = {
  id: 'pdf',
  label: `PDF intake (up to ${LETTERS} letters)`,
  timed: true,
  async run(ctx): Promise<StepResult> {
    const pdfs = join(ctx.dirs.root, 'pdf-corpus');
    const content = join(ctx.dirs.root, 'pdf-content');
    rmSync(pdfs, { recursive: true, force: true });
    rmSync(content, { recursive: true, force: true });
    mkdirSync(pdfs, { recursive: true });
    const names = readdirSync(ctx.dirs.corpus)
      .filter((n) => n.endsWith('.txt'))
      .sort()
      .slice(0, LETTERS);
    let pages = 0;
    for (const name of names) {
      const pdf = await letterPdf(readFileSync(join(ctx.dirs.corpus, name), 'utf8'), {
        columns: true,
        justify: true,
        bullets: ['private-use', 'symbol'],
        header: 'Ofsted',
      });
      pages += countPages(pdf);
      writeFileSync(join(pdfs, name.replace(/\.txt$/, '.pdf')), pdf);
    }
    const overrides = join(ctx.dirs.root, 'pdf-overrides.yaml');
    writeFileSync(overrides, 'overrides: []\n');
    const ingest = () =>
      runCommand({
        cmd: process.execPath,
        args: [
          join(ctx.repo, 'scripts/ingest.ts'),
          '--in',
          pdfs,
          '--out',
          content,
          '--overrides',
          overrides,
        ],
        cwd: ctx.repo,
        timeoutMs: ctx.timeoutMs,
      });
    const first = await ingest();
    const again = await ingest();
    const [, extracted, seconds] = EXTRACTED.exec(first.output) ?? [];
    const [, reExtracted, reSeconds, unchanged] = EXTRACTED.exec(again.output) ?? [];
    const documents = readdirSync(join(content, 'letters')).length;
    const result = fromCommand(
      first,
      {
        pdfs: names.length,
        pagesPerPdf: Math.round((pages / Math.max(1, names.length)) * 10) / 10,
        documents,
        extracted: Number(extracted),
        extractSeconds: Number(seconds),
        rebuildExtracted: Number(reExtracted),
        rebuildExtractSeconds: Number(reSeconds),
        rebuildUnchanged: Number(unchanged),
        rebuildSeconds: Math.round(again.seconds * 10) / 10,
      },
      documents > 0,
    );
    return again.code === first.code
      ? result
      : { ...result, status: 'partial', error: `the second run exited ${again.code}` };
  },
};

/** Pages of a PDF written by pdf-lib (one `/Type /Page` object each). */
function countPages(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type \/Page\b(?!s)/g)?.length ?? 0
  );
}
