import { describe, expect, it } from 'vitest';
import { encodeTerm, fragmentTerms, textFragment } from '../../src/lib/citation/text-fragment.ts';

describe('textFragment', () => {
  it('uses the first and last five words, percent-encoded', () => {
    const text =
      'Child centred work, with an effective focus on the protection of children, is evident.';
    expect(fragmentTerms(text)).toEqual({
      start: 'Child centred work, with an',
      end: 'protection of children, is evident.',
    });
    expect(textFragment(text)).toBe(
      '#:~:text=Child%20centred%20work%2C%20with%20an,protection%20of%20children%2C%20is%20evident.',
    );
  });

  it('encodes the characters the spec reserves: - & , (and leaves quotes as the page shows them)', () => {
    expect(encodeTerm('multi-agency & co, ltd')).toBe('multi%2Dagency%20%26%20co%2C%20ltd');
    expect(textFragment("Good multi-agency children's work.")).toBe(
      "#:~:text=Good%20multi%2Dagency%20children's%20work.",
    );
  });

  it('gives one term for a text of five words or fewer', () => {
    expect(fragmentTerms('Referrals are prompt.')).toEqual({ start: 'Referrals are prompt.' });
    expect(fragmentTerms('one two three four five')).toEqual({ start: 'one two three four five' });
  });

  it('never lets the end term overlap the start term', () => {
    expect(fragmentTerms('one two three four five six seven')).toEqual({
      start: 'one two three four five',
      end: 'six seven',
    });
  });

  it('collapses line breaks and runs of spaces, as the page does', () => {
    expect(fragmentTerms('a  b\nc')).toEqual({ start: 'a b c' });
  });

  it('refuses empty text', () => {
    expect(() => textFragment('  ')).toThrow(/empty/);
  });
});
