/**
 * The side-clause detector: which words of a finding sit in a clause about where
 * the evidence was found, who took part, when, what followed, or (in a weakness)
 * the council's remedy. Examples follow the labelling guide's table.
 */
import { describe, expect, it } from 'vitest';
import { sideClauses } from '../../../scripts/ingest/themes/side-clauses.ts';
import type { Judgement } from '../../../src/schemas/document.ts';

/** The side clauses' text, so a failure shows words rather than offsets. */
const sides = (text: string, judgement?: Judgement) =>
  sideClauses(text, judgement).map((c) => `${c.kind}: ${text.slice(c.start, c.end)}`);

describe('sideClauses', () => {
  it.each<[string, string[]]>([
    // Where the evidence was found.
    [
      'Risks to unborn babies are identified early, as seen on case files.',
      ['evidence: as seen on case files'],
    ],
    [
      'Initial assessments are completed within timescales, as confirmed by performance data and case file evidence.',
      ['evidence: as confirmed by performance data and case file evidence'],
    ],
    [
      'It is not always clear from case records whether children have been seen alone.',
      ['evidence: clear from case records whether children have been seen alone'],
    ],
    [
      'In the cases sampled by inspectors, chronologies were present and up to date.',
      ['evidence: In the cases sampled by inspectors'],
    ],
    ['Practice seen was child-centred and well recorded.', ['evidence: Practice seen']],
    [
      'Assessments now begin within days, and this was borne out by the case files.',
      ['evidence: borne out by the case files'],
    ],
    [
      'Records of supervision placed on case files do not set out what was decided.',
      ['evidence: placed on case files'],
    ],
    ['Several seen had simply been copied from one record to another.', ['evidence: seen']],
    [
      'Repeat referrals run well above the level seen in similar councils.',
      ['circumstance: seen in similar councils'],
    ],

    [
      'Performance information shows that few referrals are repeat referrals.',
      ['evidence: Performance information shows that'],
    ],
    [
      'Managers recognise that chronologies need further work.',
      ['evidence: Managers recognise that'],
    ],
    [
      'Ofsted identified that elected members receive limited information.',
      ['evidence: Ofsted identified that'],
    ],
    [
      'Inspectors reported that performance management is rigorous.',
      ['evidence: Inspectors reported that'],
    ],
    // Who took part or helps.
    [
      'Social workers make good use of agencies that provide interpreting and translation.',
      ['participants: that provide interpreting'],
    ],
    [
      'Strategy discussions, which involve the police and health professionals, are recorded in detail.',
      ['participants: which involve the police'],
    ],
    [
      'Strategy discussions are timely, and in the cases sampled they involved the police.',
      ['evidence: in the cases sampled', 'participants: they involved the police'],
    ],
    [
      'Chronologies are out of date, particularly in cases held by agency staff.',
      ['participants: cases held by agency staff'],
    ],
    [
      'Some strategy discussions take place between the social worker and the police only, without health colleagues.',
      ['participants: take place between the social worker and the police only'],
    ],
    [
      'Strategy discussions are held by telephone between the social worker and the police, often late.',
      ['participants: held by telephone between the social worker and the police'],
    ],
    [
      'The MASH, which brings together police, health and social care staff, screens every contact.',
      ['participants: which brings together police'],
    ],
    [
      'Staff have good access to multi-agency training provided through the LSCB.',
      ['participants: provided through the LSCB'],
    ],
    [
      'They are often a brief telephone call between a duty social worker and a police officer.',
      ['participants: telephone call between a duty social worker and a police officer'],
    ],
    [
      'Strategy meetings are convened quickly and involve all the agencies that know the family.',
      ['participants: involve all the agencies that know the family'],
    ],
    [
      'Assessments draw on previous involvement and on information from other professionals, and are analytical.',
      ['participants: from other professionals'],
    ],
    [
      'Health visitors contribute fully to assessments and information is shared promptly.',
      ['participants: to assessments'],
    ],
    [
      'Delays in completing core assessments persist despite scrutiny by senior managers.',
      ['participants: by senior managers'],
    ],
    // When or where, once the main clause has started; not a noun's own subject.
    [
      'Family members are sometimes used as interpreters during child protection enquiries, which is not appropriate.',
      ['circumstance: during child protection enquiries'],
    ],
    // A when- or where-clause ends where a main clause opens with "there is/was" (not "where there is").
    [
      'In several cases where S47 enquiries had taken place there was no record of a strategy discussion.',
      ['circumstance: where S47 enquiries had taken place'],
    ],
    [
      'Strategy discussions are held promptly where there are child protection concerns.',
      ['circumstance: where there are child protection concerns'],
    ],
    ['The protocol for when joint visits should be undertaken is not followed.', []],
    [
      'Recording of strategy discussions held during the night is poor.',
      ['circumstance: during the night'],
    ],
    [
      'Plans do not consistently address the needs identified in assessments.',
      ['evidence: identified in assessments'],
    ],
    // What an audit reads: the audit is what is judged (the labelling guide's example).
    [
      'Managers audit ten case files a month and share the lessons with their teams.',
      ['evidence: ten case files'],
    ],
    // What training is in: the training is what is judged.
    [
      'Newly appointed team managers have received training in supervision.',
      ['circumstance: in supervision'],
    ],
    [
      'Recent courses on neglect and on analysing risk were well attended.',
      ['circumstance: on neglect and on analysing risk'],
    ],
    [
      'Training for managers on supervision has not yet taken place.',
      ['circumstance: on supervision'],
    ],
    // Records someone can see: the access is judged; being unable to reach them is not a side clause.
    [
      'Emergency duty social workers can view daytime case records remotely.',
      ['circumstance: can view daytime case records'],
    ],
    ['IT failures have left social workers unable to access case records for days.', []],
    // Where the evidence is missing from.
    [
      'Chronologies are absent from many case files, and those that exist are out of date.',
      ['evidence: absent from many case files'],
    ],
    // What followed.
    [
      'Managers receive weekly reports that allow them to track the allocation of work.',
      ['consequence: that allow them to track the allocation of work'],
    ],
    [
      'Chronologies are used well, and they inform the analysis in core assessments.',
      ['consequence: they inform the analysis in core assessments'],
    ],
    [
      'Caseloads are low, which gives social workers time to undertake direct work with children.',
      ['consequence: which gives social workers time to undertake direct work with children'],
    ],
    [
      'Turnover among managers has been high, and this has affected continuity for children.',
      ['consequence: this has affected continuity for children'],
    ],
    [
      'Delays in allocating cases mean that some assessments are not started promptly.',
      ['consequence: mean that some assessments are not started promptly'],
    ],
    [
      'In the cases seen, similar risks led to an enquiry in one area and to closure in another.',
      [
        'evidence: In the cases seen',
        'consequence: led to an enquiry in one area and to closure in another',
      ],
    ],
    [
      'Decisions about when a child protection enquiry is required are inconsistent.',
      ['circumstance: when a child protection enquiry is required'],
    ],
    [
      'Notifications have not been assessed for months, leaving children at risk.',
      ['consequence: leaving children at risk'],
    ],
    [
      'Outgoing social workers have not updated chronologies; this undermines the quality of case planning.',
      ['consequence: this undermines the quality of case planning'],
    ],
    // Holding a view in common is not sharing information (only the verb is set aside).
    ['Partners do not share a common understanding of when to refer.', ['circumstance: share']],
    ['Information is shared promptly with schools.', []],
    // Who inspectors met, what data or an audit is about, who referred, what managers watch over.
    [
      'Parents spoken to by inspectors said that they were treated with respect.',
      ['evidence: spoken to by inspectors'],
    ],
    [
      'The council could not provide data on the timeliness of assessments.',
      ['evidence: on the timeliness of assessments'],
    ],
    [
      'Some referrals from partner agencies were closed without checks.',
      ['participants: from partner agencies'],
    ],
    [
      'Referrals from schools, GPs and the police were acknowledged promptly.',
      ['participants: from schools, GPs and the police'],
    ],
    ['Management overview of assessments is timely and focused.', ['participants: of assessments']],
    // Before or after what; the yardstick; the purpose.
    [
      'There are delays in starting core assessments following strategy discussions, and some are not explained.',
      ['circumstance: following strategy discussions'],
    ],
    [
      'Leaflets explaining what happens after a referral are available only in English.',
      ['circumstance: after a referral'],
    ],
    [
      'The service seeks the views of families after an initial assessment through a telephone survey.',
      ['evidence: views of families', 'circumstance: after an initial assessment'],
    ],
    ['Home visits were made before any strategy discussion had taken place.', []],
    [
      'Conferences are not always held within 15 working days of the strategy discussion.',
      ['circumstance: within 15 working days of the strategy discussion'],
    ],
    [
      'Supervision is not held as often as required by the council policy.',
      ['circumstance: as often as required by the council policy'],
    ],
    // A policy as the yardstick of other work: the supervision is judged, not the policy.
    [
      "Supervision now takes place regularly in line with the council's policy and is recorded.",
      ["circumstance: in line with the council's policy"],
    ],
    // Evidence named after the point.
    [
      "Timeliness is among the best in the region, as the council's own performance data confirm.",
      ["evidence:  as the council's own performance data confirm"],
    ],
    // Who does the work, named in passing; who a discussion includes.
    [
      'Section 47 enquiries are undertaken only by qualified social workers.',
      ['participants: qualified'],
    ],
    ['All posts in the referral team are filled by qualified social workers.', []],
    [
      'Strategy discussions take place in all cases and include the police and, where relevant, health staff.',
      ['participants: include the police and', 'circumstance: where relevant'],
    ],
    // What a scorecard covers, to the end of its list.
    [
      'Managers use a scorecard covering contacts, re-referrals and staff sickness, and the lead member scrutinises it.',
      ['evidence: covering contacts, re-referrals and staff sickness'],
    ],
    // Newly qualified workers named as who is trained.
    [
      'Newly qualified social workers follow a structured programme with a mentor.',
      ['participants: Newly qualified social workers'],
    ],
    [
      'Newly qualified social workers receive weekly supervision in their first six months.',
      ['participants: Newly qualified social workers'],
    ],
    // Views gathered as feedback on the service.
    [
      'Good use is made of the views of children and parents, gathered through an annual survey.',
      ['evidence: views of children and parents'],
    ],
    // When, with "whenever".
    [
      'Strategy discussions are held promptly whenever s47 enquiries are indicated.',
      ['circumstance: whenever s47 enquiries are indicated'],
    ],
    // What money is for.
    [
      'Funding for the new multi-agency safeguarding hub has been agreed by the cabinet.',
      ['circumstance: for the new multi-agency safeguarding hub'],
    ],
    // Examples of services or tools are what is judged.
    ['Access to specialist services, such as CAMHS and substance misuse services, is limited.', []],
    // Examples after ', including' end with their clause: the language here is what the finding is about.
    [
      "Account is taken of children's heritage, including their religion and first language, in deciding.",
      ['participants: including their religion'],
    ],
    // Examples in a list: the documents are judged, not the kinds named (to the verb or comma after the list).
    [
      'Key documents such as conference minutes and written agreements are not scanned onto the file.',
      ['participants: such as conference minutes and written agreements'],
    ],
    [
      'Key documents, such as strategy discussion records and police checks, are sometimes misfiled.',
      ['participants: such as strategy discussion records and police checks'],
    ],
    [
      'Cases are handed over in joint meetings, so that support continues without interruption.',
      ['consequence: so that support continues without interruption'],
    ],
  ])('%s', (text, expected) => {
    expect(sides(text)).toEqual(expected);
  });

  it('finds nothing in a plain main clause, so every theme word there counts', () => {
    expect(sideClauses('Case files contain the necessary information and are up to date.')).toEqual(
      [],
    );
    expect(sideClauses('Joint working with the police and with schools is strong.')).toEqual([]);
  });

  it('treats a remedy as a side clause only in a weakness, up to the next "but"', () => {
    const text =
      'Social workers have not received training, although a programme of briefings by senior managers has been introduced.';
    expect(sides(text, 'area-for-development')).toContainEqual(
      'remedy: a programme of briefings by senior managers has been introduced',
    );
    expect(sides(text, 'strength').some((s) => s.startsWith('remedy'))).toBe(false);
    expect(sides(text).some((s) => s.startsWith('remedy'))).toBe(false);
    const drafted =
      'Transfers are delayed; team managers are aware of this and a revised transfer protocol is being drafted.';
    expect(sides(drafted, 'area-for-development')).toEqual([
      'remedy:  team managers are aware of this and a revised transfer protocol is being drafted',
    ]);
    const weekly =
      'Too many core assessments are late. Managers now review all overdue assessments weekly, but performance has not yet improved.';
    expect(sides(weekly, 'area-for-development')).toEqual([
      'remedy:  Managers now review all overdue assessments weekly,',
    ]);
    const confirm =
      'Children were not seen. Team managers now confirm that the child has been seen before any assessment is authorised.';
    expect(sides(confirm, 'priority-action')).toContainEqual(
      'remedy:  Team managers now confirm that the child has been seen before any assessment is authorised',
    );
    const judged = 'A recruitment campaign has been launched but has not yet filled the vacancies.';
    expect(sides(judged, 'priority-action')).toEqual([
      'remedy: A recruitment campaign has been launched',
    ]);
  });

  it('treats what is only planned as a side clause in any judgement; a concessive remedy ends at its comma', () => {
    const text =
      'Newly appointed managers have received training and a supervision audit is planned.';
    for (const j of ['strength', 'area-for-development'] as const)
      expect(sides(text, j)).toEqual(['plan: a supervision audit is planned']);
    expect(sides('The unit will include chronologies in its monthly audit sample.')).toEqual([
      'plan: The unit will include chronologies in its monthly audit sample',
    ]);
    expect(sides('Plans are in place to recruit more social workers.')).toEqual([
      'plan: Plans are in place to recruit more social workers',
    ]);
    // Work planned well is done and judged; a document out for consultation is not yet in force.
    expect(sides('Joint investigations are planned well and carried out promptly.')).toEqual([]);
    expect(sides('Joint visits are planned jointly.', 'area-for-development')).toEqual([]);
    expect(
      sides(
        'The protocol is out of date; a revised version is out for consultation with partners.',
      ),
    ).toEqual(['plan:  a revised version is out for consultation with partners']);
    const concessive =
      'Although a chronology template has been introduced, many chronologies are out of date.';
    expect(sides(concessive, 'area-for-development')).toEqual([
      'remedy: Although a chronology template has been introduced',
    ]);
  });

  it('returns spans in text order, inside the text', () => {
    const text =
      'Chronologies are maintained on case files and are used appropriately to inform assessments and decision making.';
    const found = sideClauses(text);
    expect(found.map((c) => c.kind)).toEqual(['evidence', 'consequence']);
    for (const c of found)
      expect(0 <= c.start && c.start < c.end && c.end <= text.length).toBe(true);
    expect(found[0]!.start).toBeLessThan(found[1]!.start);
  });
});
