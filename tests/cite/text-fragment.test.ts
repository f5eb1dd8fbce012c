import { describe, expect, it } from 'vitest';
import { encodeTerm, fragmentTerms, textFragment } from '../../src/lib/citation/text-fragment.ts';

describe('textFragment', () => {
  it('uses the first and last five words, percent-encoded', () => {
    const text = 'Child centred work, with an effective focus on the protection of children, is evident.';
    expect(fragmentTerms(text)).toEqual({ start: 'Child centred work, with an', end: 'protection of children, is evident.' });
    expect(textFragment(text)).toBe('#:~:text=Child%20centred%20work%2C%20with%20an,protection%20of%20children%2C%20is%20evident.');
  });

  it('encodes the characters the spec reserves: - & ,', () => {
    expect(encodeTerm('multi-agency & co, ltd')).toBe('multi%2Dagency%20%26%20co%2C%20ltd');
    expect(textFragment('Good multi-agency work.')).toBe('#:~:text=Good%20multi%2Dagency%20work.');
  });

  it('gives one term for a short text', () => {
    expect(fragmentTerms('Referrals are prompt.')).toEqual({ start: 'Referrals are prompt.' });
  });

  it('never lets the end term overlap the start term', () => {
    const words = 'one two three four five six seven';
    expect(fragmentTerms(words)).toEqual({ start: 'one two three four five', end: 'six seven' });
  });

  it('keeps words with a quote mark (rendered curly on the page) out of every term', () => {
    const text = "Social workers' arrangements for children's services are good and improving quickly.";
    expect(fragmentTerms(text)).toEqual({ start: 'services are good and improving', end: 'quickly.' });
  });

  it('never starts with a lone common word: a start term has at least three words', () => {
    const text = "The council's arrangements for children's services are good and improving quickly today.";
    expect(fragmentTerms(text).start).toBe('services are good and improving');
  });

  it('drops quote marks at the edge of a term but keeps the word', () => {
    expect(fragmentTerms("'Remarkable progress has been made' in services for the city's 'children'.")).toEqual({ start: 'Remarkable progress has been made', end: 'in services for the' });
    expect(fragmentTerms("Strong leadership, they said, led to 'remarkable progress'.").end).toBe('remarkable progress');
  });

  it('skips leading words it cannot match rather than failing', () => {
    expect(fragmentTerms("Children's views are sought and recorded well in assessments.").start).toBe('views are sought and recorded');
  });

  it('refuses a text with no word it can match', () => {
    expect(() => textFragment("'' \"\"")).toThrow(/can be matched/);
  });
});
