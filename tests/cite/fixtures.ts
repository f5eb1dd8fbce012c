/**
 * Small hand-made documents for unit tests of the citation and open-data
 * modules: one Ofsted letter, one council report, with awkward text (quotes,
 * commas, ampersands, braces, a line break) where citations and CSV break.
 */
import type { CouncilReport, Finding, Letter } from '../../src/schemas/document.ts';
import type { SiteLocation } from '../../src/lib/citation/site-url.ts';

/** A site published under a sub-path, so every URL test exercises `base`. */
export const AT: SiteLocation = { site: 'https://example.org', base: '/fdf' };

const finding = (over: Partial<Finding> & Pick<Finding, 'id' | 'text'>): Finding => ({
  judgement: 'area-for-development',
  heading: 'Areas for development',
  position: 1,
  repeatsPrevious: false,
  themes: [],
  line: 40,
  ...over,
});

/** An Ofsted letter with a PDF address. */
export const LETTER: Letter = {
  kind: 'ofsted-letter',
  slug: 'leicester-2009-08',
  title:
    'Annual unannounced inspection of contact, referral and assessment arrangements: Leicester City Council',
  authority: {
    name: 'Leicester',
    slug: 'leicester',
    gssCode: 'E06000016',
    region: 'East Midlands',
    type: 'unitary',
    dfeCode: '856',
  },
  inspection: { start: '2009-08-11', end: '2009-08-12' },
  previousInspection: null,
  findings: [
    finding({
      id: 'leicester-2009-08-s1',
      judgement: 'strength',
      heading: 'Strengths',
      text: "Child centred work, with an effective focus on the protection of children, is evident. Children's wishes are heard.",
      themes: [{ theme: 'voice-of-the-child', matched: 'wishes', source: 'rule' }],
    }),
    finding({
      id: 'leicester-2009-08-d3',
      position: 2,
      text: 'Recording of "strategy" discussions & {decisions}, at times, is poor;\nmanagers - not workers - must sign off.',
      repeatsPrevious: true,
    }),
  ],
  source: {
    file: '000_x.txt',
    sha256: 'a'.repeat(64),
    encoding: 'windows-1252',
    pdfUrl: 'https://example.gov.uk/letter.pdf',
  },
  letterDate: '2009-09-02',
  inspector: { name: 'Ms A Inspector', role: "Her Majesty's Inspector" },
  recipient: { name: 'Ms R Director', role: 'Director of Children’s Services' },
  copyTo: [],
  priorityActionsIdentified: false,
};

/** A council's own report: the council is author and publisher. */
export const REPORT: CouncilReport = {
  kind: 'council-report',
  slug: 'leeds-2011-01-council-report',
  title:
    "Leeds Executive Board report: Ofsted Annual Unannounced Inspection of Contact, Referral and Assessment Arrangements in Children's Services",
  authority: {
    name: 'Leeds',
    slug: 'leeds',
    gssCode: 'E08000035',
    region: 'Yorkshire and The Humber',
    type: 'metropolitan district',
    dfeCode: '383',
  },
  inspection: { start: '2011-01-18', end: '2011-01-19' },
  previousInspection: { start: '2009-07', end: '2009-07' },
  findings: [
    finding({
      id: 'leeds-2011-01-cr-s1',
      judgement: 'strength',
      text: "That strong leadership has resulted in a 'remarkable and impressive' improvement in the city.",
    }),
  ],
  source: { file: '004_x.txt', sha256: 'b'.repeat(64), encoding: 'utf-8' },
  reportDate: '2011-03-09',
  committee: 'Executive Board',
  reportOf: "Director of Children's Services",
  authors: ['Adam Hewitt'],
  ofstedLetterDate: '2011-02-16',
  council: null,
};
