/**
 * Theme patterns as regular expressions: word edges hold for accented letters as
 * well as ASCII, with or without the leading \b that speeds up most lists.
 */
import { describe, expect, it } from 'vitest';
import { compilePatterns } from '../../../scripts/ingest/themes/compile-patterns.ts';

const all = (patterns: string[], text: string) =>
  [...text.matchAll(compilePatterns(patterns))].map((m) => m[0]);

describe('compilePatterns', () => {
  it('matches whole words and inflections only', () => {
    expect(all(['CAF', 'chronolog*'], 'CAF, (CAF), CAFCASS and chronologies; xCAF')).toEqual([
      'CAF',
      'CAF',
      'chronologies',
    ]);
  });

  it('treats accented letters as part of a word on either side', () => {
    expect(all(['café'], 'a café, cafés and écafé')).toEqual(['café']);
    expect(all(['CAF'], 'éCAF CAFé CAF')).toEqual(['CAF']);
  });

  it('still matches a pattern that starts with punctuation, without the leading \\b', () => {
    expect(compilePatterns(['CAF']).source.startsWith('\\b')).toBe(true);
    expect(compilePatterns(['(CAF)']).source.startsWith('\\b')).toBe(false);
    expect(all(['(CAF)'], 'the common assessment framework (CAF) is used')).toEqual(['(CAF)']);
  });
});
