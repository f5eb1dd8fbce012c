/**
 * One test per way an extraction used to break a letter: each variant of a
 * seed must parse to the seed's own metadata and findings.
 */
import { describe, expect, it } from 'vitest';
import { essentials, parseText, seedText } from '../../helpers/parse-text.ts';

const leicester = seedText(0);
const london = seedText(1);
const same = (variant: string, original: string) =>
  expect(essentials(parseText(variant))).toEqual(essentials(parseText(original)));

describe('extraction variants parse like the seed', () => {
  it('a title broken over two lines', () => {
    same(
      leicester.replace('arrangements within Leicester', 'arrangements\nwithin Leicester'),
      leicester,
    );
  });
  it('a title broken over a page break with a page number', () => {
    same(
      leicester.replace(
        'arrangements within Leicester',
        'arrangements\n\nPage 1 of 1\n\nwithin Leicester',
      ),
      leicester,
    );
  });
  it('an inline ▪ list wrapped at 70 columns, bullets mid-line and at line ends', () => {
    const line = leicester.split('\n').find((l) => l.includes('▪ Child centred'))!;
    const wrapped = line.replace(/(.{1,70})(?: |$)/g, '$1\n').trimEnd();
    expect(wrapped.split('\n').some((l) => /\S ▪ \S/.test(l))).toBe(true);
    same(leicester.replace(line, wrapped), leicester);
    same(
      leicester.replace(line, line.replace('assessments. ▪ The', 'assessments. ▪\nThe')),
      leicester,
    );
  });
  it('no blank lines at all (the letter date still found)', () => {
    const variant = leicester.replace(/\n\s*\n/g, '\n');
    expect(
      parseText(variant).kind === 'ofsted-letter' &&
        (parseText(variant) as { letterDate: string }).letterDate,
    ).toBe('2009-09-02');
    same(variant, leicester);
  });
  it('blank lines after every line', () => {
    same(london.replace(/\n/g, '\n\n'), london);
  });
  it('ligatures, soft hyphens and non-breaking spaces, in findings and in headings', () => {
    const variant = london
      .replace(/fi/g, '\uFB01')
      .replace(/ff/g, '\uFB00')
      .replace(/ment/g, '\u00ADment')
      .replace(/Areas for development/g, 'Areas\u00A0for devel\u00ADopment');
    const doc = parseText(variant);
    expect(doc.findings.map((f) => f.text).join(' ')).not.toMatch(/[\uFB00-\uFB06\u00AD\u00A0]/);
    same(variant, london);
  });
  it('a running header and page number at a page break in the middle of a finding', () => {
    const variant = leicester.replace(
      'are not sufficiently efficient',
      'are not\n\nPage 1 of 1\nLeicester City Council – annual unannounced inspection of contact, referral and assessment arrangements – August 2009\n\nsufficiently efficient',
    );
    same(variant, leicester);
  });
  it('a running header mid-sentence that starts a line with a capital', () => {
    same(
      leicester.replace(
        'The arrangements for transferring',
        'The arrangements\nLEICESTER CITY COUNCIL\nfor transferring',
      ),
      leicester,
    );
  });
  it('a signature alt text wrapped over three lines', () => {
    same(
      leicester.replace(
        'appearing to read "Heather Brown", with',
        'appearing to read\n"Heather Brown", with a long\n',
      ),
      leicester,
    );
  });
  it('a copy list wrapped at 60 columns', () => {
    same(
      london.replace('City of London Corporation Andrew', 'City of London\nCorporation Andrew'),
      london,
    );
  });
});

describe('closing formulas and headings of 2009–2012', () => {
  const closing =
    'Any areas for development identified above will be specifically considered in any future inspection of services to safeguard children within your area.';
  it.each([
    'Any areas for priority action and development identified above will be specifically considered in any future inspection of services to safeguard children within your area.',
    'Any area for development identified above will be specifically considered in any future inspection of services to safeguard children within your area.',
    'The areas for development identified above will be considered in any future inspection of services to safeguard children within your area.',
    'Any areas for priority action identified above will be specifically considered in any future inspection.',
  ])('the closing "%s" is not a finding, even with no blank line before it', (variant) => {
    const text = london.replace(`\n\n${closing}`, `\n${variant}`);
    const doc = parseText(text);
    expect(doc.findings).toHaveLength(15);
    expect(doc.findings.some((f) => /considered in any future inspection/.test(f.text))).toBe(
      false,
    );
  });
  it.each([
    ['Areas for improvement', 'area-for-development'],
    ['Areas of strength', 'strength'],
    ['Areas for priority action:', 'priority-action'],
    ['Priority actions', 'priority-action'],
  ])('"%s" is a heading', (heading, judgement) => {
    const doc = parseText(london.replace('\nAreas for development\n', `\n${heading}\n`));
    expect(doc.findings.filter((f) => f.judgement === judgement).length).toBeGreaterThanOrEqual(4);
  });
  it("a narrative line that contains a heading's words is narrative", () => {
    same(
      london.replace('with some areas for development.', 'with some\nareas for development.'),
      london,
    );
    same(
      london.replace(
        'with some areas for development.',
        'with some\nAreas for development\nidentified.',
      ),
      london,
    );
  });
});

describe('found on the synthetic corpus', () => {
  it('two unmarked paragraph findings with a page break (and its furniture) between stay two findings', () => {
    const text = london
      .replace(
        "- The children's social care service has relied heavily",
        "Page 2 of 2\n\nINVESTOR IN PEOPLE\n\n- The children's social care service has relied heavily",
      )
      .replace(/\n- (While child protection|The children's social care|A re-launch)/g, '\n\n$1');
    const doc = parseText(text);
    expect(doc.findings.filter((f) => f.judgement === 'area-for-development')).toHaveLength(4);
    expect(doc.warnings).toEqual([]);
  });
  it("a copy list with one entry per line, entries ending with the council's name", () => {
    const doc = parseText(
      leicester.replace(
        /Copy:[\s\S]*$/,
        'Copy: Linda Thornton, Chief Executive, London Borough of Hounslow\nKaren Shaw, Chair of Hounslow Safeguarding Children Board\nAndrew Spencer, Department for Children, Schools and Families',
      ),
    );
    expect(doc.kind === 'ofsted-letter' && doc.copyTo).toEqual([
      'Linda Thornton, Chief Executive, London Borough of Hounslow',
      'Karen Shaw, Chair of Hounslow Safeguarding Children Board',
      'Andrew Spencer, Department for Children, Schools and Families',
    ]);
  });
});
