/** Small documents for the site's unit tests. */
import type { CouncilReport, Finding, Letter } from '../../src/schemas/document.ts';

const authority = {
  name: 'Leeds',
  slug: 'leeds',
  gssCode: 'E08000035',
  region: 'Yorkshire and The Humber',
  type: 'metropolitan district',
  dfeCode: '383',
};
const source = { file: 'x.txt', sha256: '0'.repeat(64), encoding: 'utf-8' as const };

/** A finding with defaults. */
export function finding(id: string, over: Partial<Finding> = {}): Finding {
  return {
    id,
    judgement: 'strength',
    heading: 'Strengths',
    position: 1,
    text: `Text of ${id}.`,
    repeatsPrevious: false,
    themes: [],
    line: 1,
    ...over,
  };
}

/** An Ofsted letter for Leeds inspected on `start`. */
export function letter(start: string, over: Partial<Letter> = {}): Letter {
  const slug = `leeds-${start.slice(0, 7)}`;
  return {
    kind: 'ofsted-letter',
    slug,
    title:
      'Annual unannounced inspection of contact, referral and assessment arrangements: Leeds City Council',
    authority,
    inspection: { start, end: start },
    previousInspection: null,
    findings: [],
    source,
    letterDate: start,
    inspector: { name: 'A Inspector', role: "Her Majesty's Inspector" },
    recipient: { name: 'B', role: 'Director' },
    copyTo: [],
    priorityActionsIdentified: false,
    ...over,
  };
}

/** A council report about the Leeds inspection on `start`. */
export function report(start: string, over: Partial<CouncilReport> = {}): CouncilReport {
  return {
    kind: 'council-report',
    slug: `leeds-${start.slice(0, 7)}-council-report`,
    title: 'Ofsted Annual Unannounced Inspection',
    authority,
    inspection: { start, end: start },
    previousInspection: null,
    findings: [],
    source,
    reportDate: '2011-03-09',
    committee: 'Executive Board',
    reportOf: "Director of Children's Services",
    authors: [],
    ofstedLetterDate: null,
    council: null,
    ...over,
  };
}
