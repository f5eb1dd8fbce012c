import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../scripts/ingest/read/decode-text.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('strips a UTF-8 BOM and turns CRLF into LF', () => {
    const result = decodeText(
      new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Strengths\r\n- Good.\r\n')]),
    );
    expect(result).toEqual({ text: 'Strengths\n- Good.\n', encoding: 'utf-8' });
  });
  it('falls back to Windows-1252: curly quotes and bullets come out right, never U+FFFD', () => {
    // “Children’s” • – in cp1252: 93 43 68 69 6c 64 72 65 6e 92 73 94 20 95 20 96
    const bytes = new Uint8Array([
      0x93,
      ...utf8('Children'),
      0x92,
      ...utf8('s'),
      0x94,
      0x20,
      0x95,
      0x20,
      0x96,
    ]);
    const result = decodeText(bytes);
    expect(result.encoding).toBe('windows-1252');
    expect(result.text).toBe('“Children’s” • –');
    expect(result.text).not.toContain('\uFFFD');
  });
  it('decodes UTF-16 LE with a BOM', () => {
    const text = 'Dear Ms Smith\r\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i += 1) bytes[2 + i * 2] = text.charCodeAt(i);
    expect(decodeText(bytes)).toEqual({ text: 'Dear Ms Smith\n', encoding: 'utf-16le' });
  });
  it('gives a form feed (page break) a line of its own, as many lines as a blank line, and turns lone CR into LF', () => {
    expect(decodeText(utf8('is\fconsistently\rdone')).text).toBe('is\n\f\nconsistently\ndone');
  });
  it('rejects an empty file, a blank file and binary bytes with a reason', () => {
    expect(() => decodeText(new Uint8Array())).toThrow(/empty/);
    expect(() => decodeText(utf8(' \n\t\n'))).toThrow(/white space/);
    expect(() =>
      decodeText(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xff])),
    ).toThrow(/binary/);
  });
});
