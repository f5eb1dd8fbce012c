/**
 * Council reports in five councils' layouts (tests/fixtures/council-reports/,
 * written in the style of real reports of 2010–2011), each parsed to
 * expectations read from the text by hand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { essentials, parseText } from '../../helpers/parse-text.ts';
import { ROOT } from '../../helpers/seeds.ts';

const fixtureText = (name: string) =>
  readFileSync(join(ROOT, 'tests/fixtures/council-reports', name), 'utf8');
const fixture = (name: string) => parseText(fixtureText(name), name);
const list = (doc: ReturnType<typeof fixture>) => doc.findings.map((f) => [f.judgement, f.text]);

describe('council report layouts', () => {
  it('Kirklees cabinet report: two-column header box, numbered sections, "Key findings" with bulleted lists', () => {
    const doc = fixture('kirklees-cabinet.txt');
    if (doc.kind !== 'council-report') throw new Error(`kind ${doc.kind}`);
    expect(doc.authority.name).toBe('Kirklees');
    expect({
      reportDate: doc.reportDate,
      committee: doc.committee,
      reportOf: doc.reportOf,
      authors: doc.authors,
    }).toEqual({
      reportDate: '2010-12-14',
      committee: 'Cabinet',
      reportOf: 'Director for Children and Young People',
      authors: ['Jane Smith'],
    });
    expect(doc.title).toBe(
      'Kirklees Cabinet report: Ofsted unannounced inspection of contact, referral and assessment arrangements',
    );
    expect(doc.inspection).toEqual({ start: '2010-11-02', end: '2010-11-03' });
    expect(doc.ofstedLetterDate).toBe('2010-11-30');
    expect(doc.previousInspection).toBeNull();
    expect(list(doc)).toEqual([
      [
        'strength',
        "Thresholds for access to children's social care are well understood by partner agencies and are applied consistently.",
      ],
      [
        'strength',
        'Managers have good oversight of the work of the duty and assessment teams, and decisions are clearly recorded on case files.',
      ],
      [
        'strength',
        'The out of hours service provides a prompt and effective response to children at risk.',
      ],
      [
        'area-for-development',
        'The quality of initial assessments is variable and too few include a clear analysis of risk.',
      ],
      [
        'area-for-development',
        'Supervision records do not consistently show how decisions were reached or when actions should be completed.',
      ],
    ]);
    expect(doc.incomplete).toBeUndefined();
    expect(doc.warnings).toEqual([]);
    // The header box's rows are not prose: they are the report's cover sheet (see cover-sheets.test.ts).
    expect(doc.body.filter((n) => n.type === 'cover')).toHaveLength(1);
    expect(
      doc.body.some((n) => n.type === 'paragraph' && n.lines.some((l) => l.startsWith('Is it'))),
    ).toBe(false);
  });

  it('Wakefield scrutiny report: committee above the date, "Report of the …", introducing sentence and "Areas for improvement" with lettered items', () => {
    const doc = fixture('wakefield-scrutiny.txt');
    if (doc.kind !== 'council-report') throw new Error(`kind ${doc.kind}`);
    expect(doc.authority.name).toBe('Wakefield');
    expect({
      reportDate: doc.reportDate,
      committee: doc.committee,
      reportOf: doc.reportOf,
      authors: doc.authors,
    }).toEqual({
      reportDate: '2011-03-21',
      committee: 'Children and Young People Overview and Scrutiny Committee',
      reportOf: 'Corporate Director, Children and Young People',
      authors: ['Peter Brown', 'Susan Green'],
    });
    expect(doc.inspection).toEqual({ start: '2011-02-08', end: '2011-02-09' });
    expect(doc.previousInspection).toEqual({ start: '2009-06', end: '2009-06' });
    expect(list(doc)).toEqual([
      [
        'meets-requirements',
        'Referrals are screened promptly by qualified social workers and appropriate action is taken to safeguard children.',
      ],
      [
        'meets-requirements',
        'Strategy discussions are held in a timely way and involve the police and health services.',
      ],
      [
        'area-for-development',
        'The electronic recording system does not support efficient case management.',
      ],
      [
        'area-for-development',
        'Not all children are seen alone during initial assessments, and the reasons are not always recorded.',
      ],
      ['area-for-development', 'Chronologies are not consistently completed.'],
    ]);
    expect(doc.warnings).toEqual([]);
  });

  it('Sefton cabinet member report: header in space-separated columns, numbered headings with priority action, dashed items', () => {
    const doc = fixture('sefton-executive-member.txt');
    if (doc.kind !== 'council-report') throw new Error(`kind ${doc.kind}`);
    expect(doc.authority.name).toBe('Sefton');
    expect({
      reportDate: doc.reportDate,
      committee: doc.committee,
      reportOf: doc.reportOf,
      authors: doc.authors,
    }).toEqual({
      reportDate: '2010-07-07',
      committee: "Cabinet Member - Children's Services",
      reportOf: 'Strategic Director - Children, Schools and Families',
      authors: ['Mary Jones'],
    });
    expect(doc.title).toMatch(
      /report: Unannounced inspection of contact, referral and assessment arrangements$/,
    );
    expect(doc.inspection).toEqual({ start: '2010-06-08', end: '2010-06-09' });
    expect(doc.ofstedLetterDate).toBe('2010-07-01');
    expect(list(doc)).toEqual([
      ['meets-requirements', 'Contacts and referrals are responded to within timescales.'],
      [
        'meets-requirements',
        'Assessments of children in need are completed by qualified social workers.',
      ],
      [
        'priority-action',
        'Management oversight of child protection enquiries is not robust and decisions are not always recorded.',
      ],
      ['area-for-development', 'Staff turnover in the assessment teams is high.'],
      ['area-for-development', 'The quality of recording is inconsistent.'],
      ['area-for-development', 'Feedback to referrers is not routinely given.'],
    ]);
    expect(doc.incomplete).toBeUndefined();
  });

  it('Rotherham cabinet member report: numbered header rows (Meeting, Date, Title, Directorate), numbered sections, dashed items', () => {
    const doc = fixture('rotherham-cabinet-member.txt');
    if (doc.kind !== 'council-report') throw new Error(`kind ${doc.kind}`);
    expect(doc.authority.name).toBe('Rotherham');
    expect({
      reportDate: doc.reportDate,
      committee: doc.committee,
      reportOf: doc.reportOf,
      authors: doc.authors,
      title: doc.title,
      inspection: doc.inspection,
      ofstedLetterDate: doc.ofstedLetterDate,
      previousInspection: doc.previousInspection,
    }).toEqual({
      reportDate: '2010-09-13',
      committee: 'Cabinet Member for Children and Education Services',
      reportOf: "Children and Young People's Services",
      authors: ['Sarah Jones'],
      title:
        'Rotherham Cabinet Member for Children and Education Services report: Ofsted Unannounced Inspection of Contact, Referral and Assessment Arrangements',
      inspection: { start: '2010-08-03', end: '2010-08-04' },
      ofstedLetterDate: '2010-08-26',
      previousInspection: null,
    });
    expect(list(doc)).toEqual([
      [
        'meets-requirements',
        'Contacts and referrals are screened by qualified and experienced social workers.',
      ],
      [
        'meets-requirements',
        'Child protection enquiries are started promptly and strategy discussions involve the police.',
      ],
      [
        'area-for-development',
        "The quality of initial assessments is not consistently good, and too few set out the child's views.",
      ],
      ['area-for-development', 'Management decisions are not always recorded on case files.'],
    ]);
    expect(doc.warnings).toEqual([]);
  });

  it('Bradford executive report: "Report of … to the meeting of … to be held on …", an interleaved contact box, "2.1 Strengths" with bullets', () => {
    const doc = fixture('bradford-executive.txt');
    if (doc.kind !== 'council-report') throw new Error(`kind ${doc.kind}`);
    expect(doc.authority.name).toBe('Bradford');
    expect({
      reportDate: doc.reportDate,
      committee: doc.committee,
      reportOf: doc.reportOf,
      authors: doc.authors,
      title: doc.title,
      inspection: doc.inspection,
      previousInspection: doc.previousInspection,
    }).toEqual({
      reportDate: '2010-12-07',
      committee: 'Executive',
      reportOf: "Strategic Director, Children's Services",
      authors: ['Helen Wood'],
      title:
        'Bradford Executive report: Ofsted unannounced inspection of contact, referral and assessment arrangements',
      inspection: { start: '2010-10-13', end: '2010-10-14' },
      previousInspection: { start: '2009-09', end: '2009-09' },
    });
    expect(list(doc)).toEqual([
      [
        'strength',
        'Partner agencies understand the thresholds for referral and make appropriate referrals.',
      ],
      ['strength', 'Social workers have manageable caseloads and receive regular supervision.'],
      ['area-for-development', 'Initial assessments are not always completed within timescales.'],
      [
        'area-for-development',
        "The recording of children's ethnicity and disability is incomplete.",
      ],
    ]);
    expect(doc.warnings).toEqual([]);
  });

  it('Bradford: "Report of … to be held on …" wrapped over two lines gives the same date, committee and who reports', () => {
    const text = fixtureText('bradford-executive.txt').replace(
      "Children's Services to the meeting",
      "Children's Services to the\nmeeting",
    );
    const doc = parseText(text);
    if (doc.kind !== 'council-report') throw new Error(`kind ${doc.kind}`);
    expect([doc.reportDate, doc.committee, doc.reportOf]).toEqual([
      '2010-12-07',
      'Executive',
      "Strategic Director, Children's Services",
    ]);
  });

  it.each([
    'bradford-executive.txt',
    'kirklees-cabinet.txt',
    'rotherham-cabinet-member.txt',
    'sefton-executive-member.txt',
    'wakefield-scrutiny.txt',
  ])(
    '%s read by an extractor that keeps no column gaps: the same metadata and findings',
    (name) => {
      // "Report to: Cabinet Member - Children's Services Date of Meeting: 7 July 2010", "1. Meeting: Cabinet Member …".
      const flat = fixtureText(name).replace(/[ ]*\t[ \t]*| {3,}/g, ' ');
      expect(flat).not.toMatch(/\t| {3}/);
      expect(essentials(parseText(flat, name))).toEqual(essentials(fixture(name)));
    },
  );

  it('a report with no findings list is an error naming the line and what was expected', () => {
    const text = readFileSync(
      join(ROOT, 'tests/fixtures/council-reports/wakefield-scrutiny.txt'),
      'utf8',
    ).replace(/\n\([a-c]\)[^\n]*/g, '');
    expect(() => parseText(text)).toThrow(
      expect.objectContaining({
        line: expect.any(Number),
        message: expect.stringMatching(/no summary of findings found — expected .*"Key findings"/),
      }),
    );
  });
});

describe('recognised by content, not by one template', () => {
  it('a "Subject:" cell wrapped inside its middle column names the programme when a running header breaks the sentence that also does', async () => {
    const { detectKind } = await import('../../../scripts/ingest/recognise/detect-kind.ts');
    const text = [
      "Report to:      Cabinet Member - Children's Services      Date of Meeting:      7 July 2010",
      'Subject:      Unannounced inspection      Wards Affected:      All',
      '              of contact, referral and',
      '              assessment arrangements',
      '',
      '1.1  Ofsted carried out an unannounced inspection of contact,',
      'Sefton Council',
      'referral and assessment arrangements in Sefton on 8 and 9 June 2010.',
    ].join('\n');
    expect(detectKind(text)).toEqual({ kind: 'council-report' });
    // Without the cell, the broken sentence alone names no programme.
    expect(detectKind(text.split('\n').slice(4).join('\n')).kind).toBeUndefined();
  });

  it('a report with only "Report to:" (no committee word, no recommendations) but the inspection and its dates is a council report', async () => {
    const { detectKind } = await import('../../../scripts/ingest/recognise/detect-kind.ts');
    const text =
      'Report to: Lead Member for Children\n\nOutcome of the unannounced inspection of contact, referral and assessment arrangements carried out on 8 and 9 June 2010.\n';
    expect(detectKind(text)).toEqual({ kind: 'council-report' });
    expect(
      detectKind(
        'Outcome of the unannounced inspection of contact, referral and assessment arrangements.',
      ).kind,
    ).toBeUndefined();
  });
});
