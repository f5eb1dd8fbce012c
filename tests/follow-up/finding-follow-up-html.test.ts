/**
 * The "Before and after" section of finding pages, from made-up links between the committed
 * documents: each kind of line, read back with an HTML parser, text escaped the way Astro escapes it,
 * and nothing at all for a finding with no links. (The built fixture site checks the section on real
 * pairs: tests/research/built-research.test.ts.)
 */
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import {
  findingFollowUpHtml,
  type FollowUpSources,
} from '../../src/lib/follow-up/finding-follow-up-html.ts';
import type { FollowUp } from '../../src/lib/follow-up/link-inspection.ts';
import type { SourceDocument } from '../../src/schemas/document.ts';
import { loadDocuments } from '../helpers/content.ts';

const docs = loadDocuments().filter((d) => d.kind === 'ofsted-letter');
const [a, b] = docs as [SourceDocument, SourceDocument];
// An authority name with the characters Astro escapes in text.
const earlier: SourceDocument = {
  ...a,
  authority: { ...a.authority, name: `King's "Lynn" & <West>` },
};
const later = b;
const from = earlier.findings[0]!;
const to = later.findings[0]!;
const link: FollowUp = {
  from: from.id,
  laterDocument: later.slug,
  outcome: 'raised-again',
  basis: 'similar-finding',
  to: to.id,
  sharedThemes: [],
  sharedWords: ['records', "child's"],
};
const pair = { earlier, later, statesPrevious: true, followUps: [link] };
const sources: FollowUpSources = {
  // As buildFollowUps indexes it: the section finds the later letter among the authority's pairs.
  followUps: {
    pairs: [pair],
    next: new Map([[from.id, link]]),
    previous: new Map([[to.id, [link]]]),
    byAuthority: new Map([[earlier.authority.slug, [pair]]]),
  },
  sameInspection: {
    toLetter: new Map([['report-d1', from.id]]),
    toReports: new Map([[from.id, ['report-d1', 'report-d2']]]),
  },
  findingsById: new Map([
    [from.id, { finding: from, doc: earlier }],
    [to.id, { finding: to, doc: later }],
  ]),
  themeLabel: (id) => id,
};

describe('findingFollowUpHtml', () => {
  it('says what the next inspection made of a finding, and which council reports report it', () => {
    const html = findingFollowUpHtml(from, earlier, sources);
    const section = parse(html).querySelector('section.finding-follow-up')!;
    const items = section.querySelectorAll('li').map((li) => li.text);
    expect(items[0]).toMatch(/^At the next inspection, \w{3} \d{4}: raised again → /);
    expect(items[0]).toContain(`Words in common: records, child's.`);
    expect(items[1]).toBe(
      'The council’s report on this inspection reports it: finding report-d1, finding report-d2.',
    );
    expect(section.querySelectorAll('a').map((x) => x.getAttribute('href'))).toEqual([
      `/findings/${to.id}/`,
      '/findings/report-d1/',
      '/findings/report-d2/',
      `/authorities/${earlier.authority.slug}/`,
      '/about/follow-up/',
    ]);
    // Escaped as Astro escapes text expressions.
    expect(html).toContain('child&#39;s');
    expect(html).toContain('King&#39;s &quot;Lynn&quot; &amp; &lt;West&gt;');
  });

  it('links a later finding back, and a council report’s finding to its letter', () => {
    const back = parse(findingFollowUpHtml(to, later, sources)).querySelectorAll('li');
    expect(back.map((li) => li.text)[0]).toMatch(
      new RegExp(`^At the previous inspection, \\w{3} \\d{4}: .+ ${from.id}, here raised again\\.`),
    );
    const report = { ...from, id: 'report-d1' };
    expect(parse(findingFollowUpHtml(report, earlier, sources)).querySelector('li')?.text).toBe(
      `Ofsted’s letter on the same inspection: finding ${from.id} (the council’s report reports it).`,
    );
  });

  it('is empty for a finding with no links', () => {
    expect(findingFollowUpHtml(later.findings[1]!, later, sources)).toBe('');
  });
});
