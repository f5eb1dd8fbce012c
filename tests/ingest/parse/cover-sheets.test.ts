/**
 * Council reports' cover boxes (the seed's Leeds report and the fixtures in
 * tests/fixtures/council-reports/): which lines are the box, its fields where
 * they can be read, its lines as extracted where they cannot — all read from
 * the texts by hand — and that no line of the front matter is lost.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BodyNode } from '../../../scripts/ingest/parse/parsed-types.ts';
import { parseText, seedText } from '../../helpers/parse-text.ts';
import { ROOT, SEED_FILES } from '../../helpers/seeds.ts';

const fixture = (name: string) =>
  readFileSync(join(ROOT, 'tests/fixtures/council-reports', name), 'utf8');
const leeds = seedText(SEED_FILES.findIndex((name) => name.startsWith('004')));
const covers = (text: string) =>
  parseText(text).body.filter((n): n is Extract<BodyNode, { type: 'cover' }> => n.type === 'cover');
const fields = (text: string) => covers(text).map((c) => c.fields?.map((f) => [f.label, f.value]));

describe('cover boxes, read by hand', () => {
  it('Leeds: the originator box as fields; the wards and call-in box, its columns interleaved, as extracted', () => {
    const body = parseText(leeds).body;
    const [originator, wards] = body.filter((n) => n.type === 'cover');
    expect(originator.fields).toEqual([
      { label: 'Originator:', value: 'Adam Hewitt / Martyn Stenton' },
      { label: 'Tel:', value: '0113 2476940' },
    ]);
    expect(wards.fields).toBeUndefined();
    expect(wards.lines).toEqual([
      'Electoral Wards Affected: All wards Specific Implications For:',
      'Equality and Diversity',
      'Community Cohesion',
      'Ward Members consulted (referred to in report) Narrowing the Gap',
      'Eligible for Call-in (Deta Not Eligible for Call-in ils contained in the Report)',
    ]);
    // Between and after the boxes, the report's own heading lines stay text, in order.
    const at = body.indexOf(wards);
    expect(body.slice(body.indexOf(originator) + 1, at + 2)).toEqual([
      { type: 'paragraph', lines: ["Report of the Director of Children's Services"] },
      { type: 'paragraph', lines: ['Executive Board'] },
      { type: 'paragraph', lines: ['9th March 2011'] },
      {
        type: 'paragraph',
        lines: [
          "Ofsted Annual Unannounced Inspection of Contact, Referral and Assessment Arrangements in Children's Services",
        ],
      },
      wards,
      { type: 'paragraph', lines: ['EXECUTIVE SUMMARY'] },
    ]);
  });

  it('Kirklees: tab-separated rows, two fields on a row, questions answered Yes/No', () => {
    expect(fields(fixture('kirklees-cabinet.txt'))).toEqual([
      [
        ['Report to:', 'Cabinet'],
        ['Date:', '14 December 2010'],
        ['Report of:', 'Director for Children and Young People'],
        [
          'Title of report:',
          'Ofsted unannounced inspection of contact, referral and assessment arrangements',
        ],
        ['Is it likely to result in spending or saving £250k or more?', 'No'],
        ["Is it in the Council's Forward Plan?", 'No'],
        ['Electoral wards affected:', 'All'],
        ['Ward councillors consulted:', 'No'],
      ],
    ]);
  });

  it('Sefton: columns apart at runs of spaces', () => {
    expect(fields(fixture('sefton-executive-member.txt'))).toEqual([
      [
        ['Report to:', "Cabinet Member - Children's Services"],
        ['Date of Meeting:', '7 July 2010'],
        ['Subject:', 'Unannounced inspection of contact, referral and assessment arrangements'],
        ['Wards Affected:', 'All'],
        ['Report of:', 'Strategic Director - Children, Schools and Families'],
      ],
    ]);
  });

  it('Rotherham: numbered rows keep their numbers in the label', () => {
    expect(fields(fixture('rotherham-cabinet-member.txt'))).toEqual([
      [
        ['1. Meeting:', 'Cabinet Member for Children and Education Services'],
        ['2. Date:', '13 September 2010'],
        [
          '3. Title:',
          'Ofsted Unannounced Inspection of Contact, Referral and Assessment Arrangements',
        ],
        ['4. Directorate:', "Children and Young People's Services"],
      ],
    ]);
  });

  it('Bradford: a contact box interleaved with the director’s name, tick boxes and a split word stay as extracted', () => {
    const [box] = covers(fixture('bradford-executive.txt'));
    expect(box.fields).toBeUndefined();
    expect(box.lines).toEqual([
      'Strategic Director Report Contact: Helen Wood',
      "Children's Services Phone: (01274) 000000",
      'E-mail: helen.wood@bradford.gov.uk',
      'Portfolio: Key decision: \uf0fe Yes \uf0a8 No',
      'Children and Young Peo ple',
    ]);
    expect(covers(fixture('bradford-executive.txt'))).toHaveLength(1);
  });

  it('Wakefield: a heading with no box has no cover sheet', () => {
    expect(covers(fixture('wakefield-scrutiny.txt'))).toEqual([]);
  });

  it('a labelled line after the report’s text has started is not a cover (Kirklees’ contact officer at the end)', () => {
    const body = parseText(fixture('kirklees-cabinet.txt')).body;
    expect(body.at(-1)).toEqual({
      type: 'paragraph',
      lines: [
        'Contact officer: Jane Smith, Head of Safeguarding and Quality Assurance Tel: 01484 000000',
      ],
    });
  });
});

describe('no line of the front matter is lost or doubled', () => {
  const texts = {
    leeds,
    ...Object.fromEntries(
      [
        'kirklees-cabinet.txt',
        'sefton-executive-member.txt',
        'rotherham-cabinet-member.txt',
        'bradford-executive.txt',
      ].map((name) => [name, fixture(name)]),
    ),
  };
  it.each(Object.entries(texts))('%s', (_, text) => {
    const body = parseText(text).body;
    const last = body.findLastIndex((n) => n.type === 'cover');
    const shown = body
      .slice(0, last + 1)
      .flatMap((n) => (n.type === 'cover' || n.type === 'paragraph' ? n.lines : ['?']));
    const source = text
      .split('\n')
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    expect(shown).toEqual(source.slice(0, shown.length));
  });
});
