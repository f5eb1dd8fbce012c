import { describe, expect, it } from 'vitest';
import { readManifest } from '../../../scripts/ingest/read/read-manifest.ts';

describe('sources.csv', () => {
  const files = new Set(['a.pdf', 'b.pdf', 'c.txt']);

  it('gives each file its URL and optional title, whatever the column order and case', () => {
    const { entries, errors } = readManifest(
      '\uFEFFURL,File,Title\nhttps://x.org/a.pdf,a.pdf,\n"https://x.org/b.pdf",b.pdf,"Leeds, report"\n',
      files,
    );
    expect(errors).toEqual([]);
    expect([...entries]).toEqual([
      ['a.pdf', { url: 'https://x.org/a.pdf' }],
      ['b.pdf', { url: 'https://x.org/b.pdf', title: 'Leeds, report' }],
    ]);
  });

  it('reports unknown files, second rows and addresses that are not web addresses with their line, and keeps the good rows', () => {
    const { entries, errors } = readManifest(
      'file,url\na.pdf,https://x.org/a.pdf\nz.pdf,https://x.org/z.pdf\na.pdf,https://x.org/a2.pdf\nb.pdf,file:///etc/passwd\n',
      files,
    );
    expect([...entries.keys()]).toEqual(['a.pdf']);
    expect(errors.map((e) => [e.line, e.message.split(' — ')[0]])).toEqual([
      [3, 'no file "z.pdf" in the input folder'],
      [4, '"a.pdf" has a row already'],
      [5, '"file:///etc/passwd" is not a web address'],
    ]);
  });

  it('says what it expects when the CSV cannot be read', () => {
    const { errors } = readManifest('file,url\n"a.pdf,https://x\n', files);
    expect(errors).toEqual([
      {
        file: 'sources.csv',
        message: expect.stringMatching(
          /not readable as CSV .* — expected a header line "file,url,title"/,
        ),
      },
    ]);
  });
});
