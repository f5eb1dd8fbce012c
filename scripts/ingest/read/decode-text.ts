import { IngestError } from '../ingest-error.ts';

/** Encodings a source file may arrive in. */
export type SourceEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Decoded, normalised text of a source file. */
export interface DecodedText {
  text: string;
  encoding: SourceEncoding;
}

/**
 * Bytes → clean Unicode text. UTF-8 (with or without BOM) first; UTF-16 only
 * with a BOM; otherwise Windows-1252, the encoding old Office exports use,
 * so curly quotes and bullets come out right instead of as U+FFFD.
 * Line ends become `\n`; a form feed (a PDF page break) gets a line of its own
 * (where a blank line would be: line numbers are the same), which the cleaner
 * drops as page furniture.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new IngestError('the file is empty — nothing to ingest');
  const { text, encoding } = decodeBytes(bytes);
  if (looksBinary(text)) {
    throw new IngestError(
      'the file is binary, not text (control characters found) — supply the text extracted from the PDF',
    );
  }
  const normal = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\f/g, '\n\f\n')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/[\u2028\u2029]/g, '\n');
  if (normal.trim() === '')
    throw new IngestError('the file holds only white space — nothing to ingest');
  return { text: normal, encoding };
}

function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes),
      encoding: 'utf-8',
    };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** NUL or a run of C0 controls other than tab/newline/CR/FF means this is not text. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 65536);
  if (sample.includes('\u0000')) return true;
  const controls = sample.match(/[\u0001-\u0008\u000E-\u001F\u007F]/g)?.length ?? 0;
  return controls > Math.max(8, sample.length / 200);
}
