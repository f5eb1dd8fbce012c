import { deflateSync } from 'node:zlib';
import {
  type PDFDocument,
  PDFHexString,
  type PDFPage,
  pushGraphicsState,
  popGraphicsState,
  beginText,
  endText,
  setFontAndSize,
  moveText,
  showText,
} from 'pdf-lib';

/**
 * A bullet drawn as Word draws a Symbol-font bullet: a code whose ToUnicode
 * entry is the private-use code point U+F0B7, which is what PDF.js reports
 * for such runs in real letters.
 */
export function drawPrivateUseBullet(
  doc: PDFDocument,
  page: PDFPage,
  x: number,
  y: number,
  size: number,
): void {
  const cmap = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def /CMapType 2 def',
    '1 begincodespacerange <00> <FF> endcodespacerange',
    '1 beginbfchar <B7> <F0B7> endbfchar',
    'endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
  const toUnicode = doc.context.register(doc.context.stream(cmap));
  const font = doc.context.register(
    doc.context.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Symbol', ToUnicode: toUnicode }),
  );
  const name = page.node.newFontDictionary('PUABullet', font);
  page.pushOperators(
    pushGraphicsState(),
    beginText(),
    setFontAndSize(name, size),
    moveText(x, y),
    showText(PDFHexString.of('B7')),
    endText(),
    popGraphicsState(),
  );
}

/** A small grey-scale PNG of a signature-like stroke, made here so tests need no image file. */
export function signaturePng(width = 120, height = 30): Uint8Array {
  const rows: number[] = [];
  for (let y = 0; y < height; y += 1) {
    rows.push(0); // filter: none
    for (let x = 0; x < width; x += 1)
      rows.push(Math.abs(y - (height / 2 + (Math.sin(x / 7) * height) / 3)) < 1.5 ? 30 : 255);
  }
  const chunk = (type: string, data: Uint8Array) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit grey, no interlace
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from(rows))),
    chunk('IEND', new Uint8Array()),
  ]);
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
