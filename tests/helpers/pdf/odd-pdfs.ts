import { PDFDocument, PDFHexString } from 'pdf-lib';
import { signaturePng } from '../../../scripts/bench/pdf/glyphs.ts';

/** A scanned letter: pages that are only images, no text layer. */
export async function imageOnlyPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const image = await doc.embedPng(signaturePng(600, 800));
  for (let i = 0; i < 2; i += 1)
    doc.addPage([595, 842]).drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
  return doc.save({ useObjectStreams: false });
}

/**
 * A PDF encrypted with a user password (standard security handler, RC4):
 * the empty password does not open it, as with a protected council PDF.
 */
export async function encryptedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]).drawText('Secret', { x: 72, y: 700 });
  const encrypt = doc.context.obj({
    Filter: 'Standard',
    V: 1,
    R: 2,
    Length: 40,
    P: -44,
    O: PDFHexString.of('11'.repeat(32)),
    U: PDFHexString.of('22'.repeat(32)),
  });
  doc.context.trailerInfo.Encrypt = doc.context.register(encrypt);
  doc.context.trailerInfo.ID = doc.context.obj([
    PDFHexString.of('33'.repeat(16)),
    PDFHexString.of('33'.repeat(16)),
  ]);
  return doc.save({ useObjectStreams: false });
}

/** A download cut short: the first kilobytes of a PDF. */
export async function truncatedPdf(full: Uint8Array): Promise<Uint8Array> {
  return full.slice(0, 400);
}

/** Several PDFs one after the other, as a council bundles its report with the letter as an appendix. */
export async function concatenatePdfs(parts: readonly Uint8Array[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (const part of parts) {
    const source = await PDFDocument.load(part);
    for (const page of await doc.copyPages(source, source.getPageIndices())) doc.addPage(page);
  }
  doc.setCreationDate(new Date(0));
  doc.setModificationDate(new Date(0));
  return doc.save({ useObjectStreams: false });
}
