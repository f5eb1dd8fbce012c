import { describe, expect, it } from 'vitest';
import {
  compareDocuments,
  documentShortName,
  excerpt,
  findingTitle,
  kindLabel,
  parseDocumentSlug,
} from '../../src/lib/documents.ts';
import { describePermalink } from '../../src/lib/permalinks.ts';
import { finding, letter, report } from './fixtures.ts';

const l = letter('2009-08-11', { letterDate: '2009-09-02' });
const r = report('2011-01-18');

describe('document names', () => {
  it('names a document by authority and inspection month, marking council reports', () => {
    expect(documentShortName(l)).toBe('Leeds, Aug 2009');
    expect(documentShortName(r)).toBe('Leeds, Jan 2011 (council report)');
    expect(kindLabel('council-report')).toBe('Council report');
  });
  it('titles a finding page with judgement, authority and month', () => {
    expect(findingTitle(l, { judgement: 'area-for-development' })).toBe(
      'Area for development — Leeds, Aug 2009',
    );
  });
  it('orders by inspection, letters before reports', () => {
    expect(
      [r, report('2011-01-18', { slug: 'a' }), letter('2011-01-18'), l]
        .sort(compareDocuments)
        .map((d) => d.slug),
    ).toEqual(['leeds-2009-08', 'leeds-2011-01', 'a', 'leeds-2011-01-council-report']);
  });
  it('excerpts at a word boundary', () => {
    expect(excerpt('Social work staff have manageable caseloads.', 25)).toBe(
      'Social work staff have…',
    );
    expect(excerpt('Short.', 25)).toBe('Short.');
  });
  it('reads a slug', () => {
    expect(parseDocumentSlug('city-of-london-2011-07')).toEqual({
      authoritySlug: 'city-of-london',
      inspectionMonth: '2011-07',
      kind: 'ofsted-letter',
    });
    expect(parseDocumentSlug('leeds-2011-01-council-report')?.kind).toBe('council-report');
    expect(parseDocumentSlug('nonsense')).toBeUndefined();
  });
});

describe('permalink pages', () => {
  const authorities = [l.authority];
  it('describe a live finding', () => {
    const f = finding('leeds-2009-08-d1', { judgement: 'area-for-development' });
    const d = describePermalink(
      {
        id: f.id,
        entry: { document: l.slug, judgement: f.judgement, text: f.text, status: 'active' },
        ref: { finding: f, doc: l },
        doc: l,
      },
      authorities,
      new Map([['leeds', []]]),
    );
    expect(d.title).toBe('Area for development — Leeds, Aug 2009');
    expect(d.description).toMatch(
      /^Area for development from Ofsted’s August 2009 inspection .* in Leeds \(Yorkshire and The Humber\)/,
    );
    expect(d.trail.map((c) => c.href)).toEqual(['/letters/', '/letters/leeds-2009-08/']);
  });
  it('describe a retired id whose document is gone from its slug alone', () => {
    const d = describePermalink(
      {
        id: 'leeds-2010-05-s1',
        entry: {
          document: 'leeds-2010-05',
          judgement: 'strength',
          text: 'Old.',
          status: 'retired',
          retiredBecause: 'duplicate of s2',
        },
      },
      authorities,
      new Map(),
    );
    expect(d.title).toBe('Retired: Strength — Leeds, May 2010');
    expect(d.description).toContain('duplicate of s2');
    expect(d.trail).toEqual([{ label: 'Letters', href: '/letters/' }]);
    expect(d.authority).toEqual({ name: 'Leeds', slug: 'leeds', hasPage: false });
  });
});
