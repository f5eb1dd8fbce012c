/** Statements about the previous inspection, in the seed letters' wordings and the narrative extraction from MDX. */
import { describe, expect, it } from 'vitest';
import { narrativeSentences } from '../../src/lib/follow-up/narrative.ts';
import {
  readPreviousStatements,
  readStatement,
  repeatSentence,
} from '../../src/lib/follow-up/previous-statements.ts';
import { wordOverlap } from '../../src/lib/follow-up/word-overlap.ts';
import { loadDocuments } from '../helpers/content.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/seeds.ts';

describe('readStatement', () => {
  it('reads the three seed wordings', () => {
    expect(
      readStatement(
        'The two areas of development identified at the previous inspection of contact, referral and assessment arrangements on 4 and 5 August 2009 have both demonstrated satisfactory improvement.',
        false,
      )?.kind,
    ).toBe('all-addressed');
    expect(
      readStatement(
        'Two of the areas of development identified at the previous inspection of contact, referral and assessment arrangements in April 2010 have been addressed.',
        false,
      ),
    ).toMatchObject({ kind: 'some-addressed', count: 2 });
    expect(
      readStatement(
        'Improvement has been made in three areas of development identified in the last inspection but two areas for development from the last inspection have not been sufficiently addressed.',
        false,
      )?.kind,
    ).toBe('some-not-addressed');
  });
  it('a "further work" sentence counts only right after one about the previous inspection', () => {
    const s = 'Further work is required to improve the quality of social work supervision.';
    expect(readStatement(s, true)?.kind).toBe('outstanding');
    expect(readStatement(s, false)).toBeUndefined();
  });
  it('ignores sentences about the current inspection', () => {
    expect(
      readStatement(
        'The inspection identified areas of strength and areas of practice that met requirements, with two areas for development.',
        false,
      ),
    ).toBeUndefined();
    expect(
      readStatement(
        'Any areas for development identified above will be specifically considered in any future inspection.',
        false,
      ),
    ).toBeUndefined();
  });
  it('finds the sentence by which a finding repeats the previous inspection', () => {
    expect(
      repeatSentence(
        'Case recording is generally up to date. This was an area for development at the last inspection.',
      ),
    ).toBe('This was an area for development at the last inspection.');
    expect(repeatSentence('Case recording is up to date.')).toBeUndefined();
  });
});

describe('narrativeSentences on the committed MDX', () => {
  const mdx = readFileSync(join(ROOT, 'content/letters/city-of-london-2011-07.mdx'), 'utf8');
  const body = mdx.slice(mdx.indexOf('\n---\n', 4) + 5);
  const sentences = narrativeSentences(body);
  it('keeps the narrative and leaves out every finding', () => {
    expect(sentences).toContain(
      'Further work is required to improve the quality of social work supervision to ensure this contributes towards ongoing professional development and appropriately directs case planning.',
    );
    const doc = loadDocuments().find((d) => d.slug === 'city-of-london-2011-07')!;
    for (const f of doc.findings)
      expect(sentences.some((s) => f.text.startsWith(s) && s.length > 40)).toBe(false);
  });
  it('reads City of London 2011’s statements: two addressed, then what still needs work', () => {
    expect(readPreviousStatements(sentences).map((s) => [s.kind, s.count])).toEqual([
      ['some-addressed', 2],
      ['outstanding', undefined],
    ]);
  });
});

describe('wordOverlap', () => {
  it('meets reworded forms and ignores words every finding uses', () => {
    const o = wordOverlap(
      'Supervision is not recorded consistently.',
      'Records of supervision are variable.',
    );
    expect(o.shared).toEqual(['supervision', 'recorded']);
    expect(wordOverlap('The children and staff', 'staff and children').shared).toEqual([]);
  });
});
