import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keepLines } from '../../../scripts/ingest/clean/strip-furniture.ts';
import { parseAuthorities, matchAuthority } from '../../../scripts/ingest/parse/match-authority.ts';
import { landmarkText } from '../../../scripts/ingest/recognise/letter-title.ts';

const LETTER = [
  'Leicester City Council',
  'New Walk',
  '',
  'Annual unannounced inspection of contact, referral and assessment arrangements within Leicester City Council children’s services',
  '',
  'Strengths',
  '• Managers are visible.',
  'Page 2 of 3',
  'Leicester City Council – unannounced inspection letter',
  '• Staff are supported.',
].join('\n');

const texts = (text: string, names?: string[]) => keepLines(text, names).map((l) => l.text);

describe('keepLines', () => {
  it('drops a running header naming the council only when given the names, and only after the title', () => {
    const plain = texts(LETTER);
    const named = texts(LETTER, ['Leicester']);
    expect(plain).toContain('Leicester City Council – unannounced inspection letter');
    expect(named).not.toContain('Leicester City Council – unannounced inspection letter');
    expect(named[0]).toBe('Leicester City Council'); // the address, before the title
    expect(named).not.toContain('Page 2 of 3');
  });
  it('gives the same lines however often and in whatever order a text is read with other names', () => {
    const fresh = [
      texts(LETTER, ['Leicester']),
      texts(LETTER),
      texts(`${LETTER}\n`, ['Leicester']),
    ];
    const again = [
      texts(LETTER, ['Leicester']),
      texts(LETTER),
      texts(`${LETTER}\n`, ['Leicester']),
    ];
    expect(again).toEqual(fresh);
    expect(texts(LETTER)).toEqual(fresh[1]);
    expect(texts(LETTER, ['Leicester'])).toEqual(fresh[0]);
    expect(fresh[2]).toEqual([...fresh[0], '']);
  });
  it('drops a later copy of the whole title that page one wraps over lines, never its wrapped lines', () => {
    const title =
      'Annual unannounced inspection of contact, referral and assessment arrangements within Leicester City Council children’s services';
    const wrapped = [
      'Annual unannounced inspection of contact, referral and',
      'assessment arrangements within Leicester City Council',
      'children’s services',
      '',
      'Strengths',
      '• Managers are visible and',
      title,
      'staff are supported.',
    ].join('\n');
    expect(texts(wrapped, ['Leicester'])).toEqual([
      'Annual unannounced inspection of contact, referral and',
      'assessment arrangements within Leicester City Council',
      "children's services",
      '',
      'Strengths',
      '• Managers are visible and',
      'staff are supported.',
    ]);
    // Page one may wrap it inside "children's services".
    const inside = wrapped.replace('Council\nchildren’s services', 'Council children’s\nservices');
    expect(texts(inside, ['Leicester'])).not.toContain(title.replace('’', "'"));
    expect(texts(inside, ['Leicester'])).toHaveLength(7);
    // Only the title's whole text: a line holding more is no copy of it.
    expect(texts(wrapped.replace(`\n${title}\n`, `\n${title} and more\n`))).toHaveLength(8);
  });
  it('reads the landmarks of each text, not the last one read', () => {
    expect(landmarkText(LETTER)).toContain('Leicester City Council – unannounced');
    expect(landmarkText(LETTER.replaceAll('Leicester', 'Rutland'))).not.toContain('Leicester');
    expect(landmarkText(LETTER, 20)).toBe('Leicester City Counc');
  });
});

describe('matchAuthority', () => {
  const authorities = parseAuthorities(readFileSync('content/authorities.csv', 'utf8'));
  it.each([
    ['Leicester City Council', 'Leicester'],
    ['Leicestershire County Council', 'Leicestershire'],
    ['Hull City Council', 'Kingston upon Hull, City of'],
    ['County Durham', 'Durham'],
    ['the London Borough of Barking & Dagenham', 'Barking and Dagenham'],
    ['City of York Council', 'York'],
    ['City of Bradford Metropolitan District Council', 'Bradford'],
    ['Rotherham Metropolitan Borough Council', 'Rotherham'],
    ['City of London Corporation', 'City of London'],
    ['City of London', 'City of London'],
    ['Bristol City Council', 'Bristol, City of'],
  ])('%s is %s', (name, expected) => {
    expect(matchAuthority(name, authorities)?.name).toBe(expected);
  });
  it('finds nothing for a name that is no authority, and matches in a list of its own', () => {
    expect(matchAuthority('Gotham City Council', authorities)).toBeUndefined();
    expect(matchAuthority('Rutland County Council', authorities.slice(0, 3))).toBeUndefined();
    expect(matchAuthority('Barnet Council', authorities.slice(0, 3))?.name).toBe('Barnet');
  });
});
