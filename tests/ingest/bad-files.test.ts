/**
 * Bad input: every bad file is reported with a one-line reason naming the
 * file, the good files are still processed.
 */
import { describe, expect, it } from 'vitest';
import { ingestDocuments, type SourceFile } from '../../scripts/ingest/ingest-documents.ts';
import { emptyRegistry } from '../../src/schemas/finding-ids.ts';
import { AUTHORITIES, SEED_FILES, seedBytes } from '../helpers/seeds.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const seed = (i: number): SourceFile => ({ name: SEED_FILES[i], bytes: seedBytes(SEED_FILES[i]) });
const context = { authorities: AUTHORITIES, registry: emptyRegistry(), tagThemes: () => [] };
const leicester = new TextDecoder().decode(seedBytes(SEED_FILES[0]));

function run(...files: SourceFile[]) {
  return ingestDocuments(files, context);
}

describe('bad files give documented errors and do not stop good ones', () => {
  it.each([
    ['empty.txt', new Uint8Array(), /empty/],
    ['blank.txt', utf8('\n\n   \n'), /white space/],
    [
      'binary.pdf',
      new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x00, 0x00, 0x9c, 0xff, 0x01]),
      /binary/,
    ],
    [
      'minutes.txt',
      utf8('Minutes of the Parks Committee\n\nThe committee discussed the bandstand.'),
      /not an Ofsted letter or council report/,
    ],
    [
      'no-dates.txt',
      utf8(leicester.replace('conducted on 11 and 12 August 2009', 'conducted last summer')),
      /inspection dates not understood/,
    ],
    [
      'unknown-council.txt',
      utf8(leicester.replaceAll('Leicester City Council', 'Gotham City Council')),
      /"Gotham City Council" is not one of the 152 authorities/,
    ],
  ])('%s', (name, bytes, reason) => {
    const result = run(seed(1), { name, bytes });
    expect(result.outputs.map((o) => o.document.source.file)).toEqual([SEED_FILES[1]]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0].file).toBe(name);
    expect(result.errors[0].message).toMatch(reason);
    expect(result.errors[0].message).not.toContain('\n');
  });

  it('a second file for the same inspection is a duplicate naming the first', () => {
    const result = run(seed(0), {
      name: 'zz-copy.txt',
      bytes: utf8(leicester.replace(/\n/g, '\r\n')),
    });
    expect(result.outputs).toHaveLength(1);
    expect(result.errors).toEqual([
      {
        file: 'zz-copy.txt',
        message: expect.stringMatching(
          /duplicate: the same inspection \(Leicester, 2009-08-11\) as 000_/,
        ),
      },
    ]);
  });

  it('gives the line when it is known', () => {
    const result = run({
      name: 'bad-range.txt',
      bytes: utf8(leicester.replace('11 and 12 August 2009', '12 and 11 August 2009')),
    });
    expect(result.errors[0]).toMatchObject({ file: 'bad-range.txt', line: 32 }); // the "conducted on" sentence
  });

  it('a letter council report pair for the same authority and month are not duplicates', () => {
    expect(run(seed(0), seed(4)).errors).toEqual([]);
  });
});

describe('variants of the same letter parse the same', () => {
  const baseline = run(seed(2)).outputs[0].document;
  it.each([
    [
      'CRLF + BOM',
      utf8(`\uFEFF${new TextDecoder().decode(seedBytes(SEED_FILES[2])).replace(/\n/g, '\r\n')}`),
    ],
    [
      'form feeds for page breaks',
      utf8(
        new TextDecoder()
          .decode(seedBytes(SEED_FILES[2]))
          .replace('\n\nINVESTOR IN PEOPLE\n\n', '\f'),
      ),
    ],
  ])('%s', (_, bytes) => {
    const document = run({ name: SEED_FILES[2], bytes }).outputs[0].document;
    expect(document.findings.map((f) => f.text)).toEqual(baseline.findings.map((f) => f.text));
  });
  it('Windows-1252 with curly quotes and • bullets', () => {
    const text = leicester.replace(/'/g, '’').replace(/^- /gm, '• ');
    const bytes = Uint8Array.from(
      [...text]
        .map((c) => ({ '’': 0x92, '•': 0x95, '▪': 0x95 })[c] ?? c.charCodeAt(0))
        .filter((b) => b < 256),
    );
    const document = run({ name: 'cp1252.txt', bytes }).outputs[0]?.document;
    expect(document?.source.encoding).toBe('windows-1252');
    expect(document?.findings).toHaveLength(18);
    // Curly quotes are read right, then normalised to straight ones like every glyph variant (clean/normalise-glyphs.ts).
    expect(document?.findings.find((f) => f.text.startsWith('Action needed'))?.text).toContain(
      "children's safety",
    );
  });
});
