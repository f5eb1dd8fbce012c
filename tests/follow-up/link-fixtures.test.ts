/**
 * The follow-up module on letter pairs written for the tests (tests/fixtures/follow-up/README.md):
 * each pair ingested with the real pipeline and taxonomy, every earlier finding's outcome, basis,
 * target and quoted reason checked.
 */
import { describe, expect, it } from 'vitest';
import { buildFollowUps } from '../../src/lib/follow-up/inspection-pairs.ts';
import { fixtureCorpus } from './fixture-corpus.ts';

const corpus = fixtureCorpus();
const index = buildFollowUps(corpus.byAuthority, corpus.narrativeOf);
const at = (id: string) => {
  const f = index.next.get(id);
  if (!f) throw new Error(`no follow-up for ${id}`);
  return f;
};
/** Themes both findings carry, from their tags (the taxonomy changes; the test must not name its ids). */
const themesOfBoth = (a: string, b: string) => {
  const themes = (id: string) =>
    corpus.documents
      .flatMap((d) => d.findings)
      .find((f) => f.id === id)!
      .themes.map((t) => t.theme);
  return themes(a).filter((t) => themes(b).includes(t));
};
const summary = (id: string) => {
  const { outcome, basis, to } = at(id);
  return { outcome, basis, to };
};

describe('pairs', () => {
  it('one pair per authority, the earlier letter first; every earlier finding has exactly one follow-up', () => {
    expect(index.pairs.map((p) => `${p.earlier.slug} → ${p.later.slug}`)).toEqual([
      'derbyshire-2010-04 → derbyshire-2011-07',
      'norfolk-2009-08 → norfolk-2011-02',
      'stockport-2009-08 → stockport-2010-10',
    ]);
    for (const p of index.pairs)
      expect(p.followUps.map((f) => f.from)).toEqual(p.earlier.findings.map((f) => f.id));
  });
});

describe('a summary that covers every earlier area, except the one a later finding raises again (Stockport)', () => {
  const sentence =
    'The areas for development identified at the previous inspection of contact, referral and assessment arrangements on 18 and 19 August 2009 have been addressed.';
  it('the area a later finding names is raised again, quoting that finding', () => {
    expect(summary('stockport-2009-08-d1')).toEqual({
      outcome: 'raised-again',
      basis: 'finding-statement',
      to: 'stockport-2010-10-d1',
    });
    expect(at('stockport-2009-08-d1').quote).toBe(
      'This was an area for development at the last inspection.',
    );
    expect(at('stockport-2009-08-d1').sharedThemes).toEqual(
      themesOfBoth('stockport-2009-08-d1', 'stockport-2010-10-d1'),
    );
    expect(at('stockport-2009-08-d1').sharedWords).toContain('chronologies');
  });
  it('the other areas are now met, quoting the summary sentence', () => {
    for (const id of ['stockport-2009-08-d2', 'stockport-2009-08-d3']) {
      expect(summary(id)).toEqual({ outcome: 'now-met', basis: 'letter-summary', to: undefined });
      expect(at(id).quote).toBe(sentence);
    }
  });
  it('a strength and a requirement met are held where the later letter repeats them; one with only a theme phrase in common is not mentioned', () => {
    expect(summary('stockport-2009-08-s1')).toEqual({
      outcome: 'held',
      basis: 'similar-finding',
      to: 'stockport-2010-10-s1',
    });
    expect(summary('stockport-2009-08-m1')).toEqual({
      outcome: 'held',
      basis: 'similar-finding',
      to: 'stockport-2010-10-m1',
    });
    expect(at('stockport-2009-08-m1').sharedWords).toEqual(
      expect.arrayContaining(['contacts', 'referrals', 'screened']),
    );
    expect(summary('stockport-2009-08-m2')).toEqual({
      outcome: 'not-mentioned',
      basis: 'none',
      to: undefined,
    });
  });
});

describe('"Two of the areas … have been addressed. Further work is required …" (Derbyshire)', () => {
  it('the area the next sentence names is raised again, quoting it', () => {
    expect(summary('derbyshire-2010-04-d3')).toEqual({
      outcome: 'raised-again',
      basis: 'letter-summary',
      to: undefined,
    });
    expect(at('derbyshire-2010-04-d3').quote).toMatch(
      /^Further work is required to improve the quality of social work supervision/,
    );
  });
  it('the area a later requirement met says it was is now met, linked to it', () => {
    expect(summary('derbyshire-2010-04-d1')).toEqual({
      outcome: 'now-met',
      basis: 'finding-statement',
      to: 'derbyshire-2011-07-m1',
    });
  });
  it('the count accounts for the remaining area: now met, quoting the count', () => {
    expect(summary('derbyshire-2010-04-d2')).toEqual({
      outcome: 'now-met',
      basis: 'letter-summary',
      to: undefined,
    });
    expect(at('derbyshire-2010-04-d2').quote).toMatch(/^Two of the areas of development/);
  });
  it('a strength that is now an area for development has declined; shared themes and words are the reason', () => {
    const f = at('derbyshire-2010-04-s1');
    expect(summary('derbyshire-2010-04-s1')).toEqual({
      outcome: 'declined',
      basis: 'similar-finding',
      to: 'derbyshire-2011-07-d1',
    });
    expect(f.sharedThemes).toEqual(themesOfBoth('derbyshire-2010-04-s1', 'derbyshire-2011-07-d1'));
    expect(f.sharedThemes.length).toBeGreaterThan(0);
    expect(f.sharedWords).toEqual(expect.arrayContaining(['thresholds', 'partner', 'agencies']));
  });
  it('met requirements: held when repeated, not mentioned otherwise', () => {
    expect(summary('derbyshire-2010-04-m1')).toEqual({
      outcome: 'held',
      basis: 'similar-finding',
      to: 'derbyshire-2011-07-m2',
    });
    expect(summary('derbyshire-2010-04-m2')).toEqual({
      outcome: 'not-mentioned',
      basis: 'none',
      to: undefined,
    });
  });
  it('the later findings know which earlier findings point at them', () => {
    expect(index.previous.get('derbyshire-2011-07-d1')?.map((f) => f.from)).toEqual([
      'derbyshire-2010-04-s1',
    ]);
  });
});

describe('a later letter whose previous inspection is another visit (Norfolk)', () => {
  it('is marked, and its summary is not applied: links rest on shared themes and words only', () => {
    expect(index.byAuthority.get('norfolk')?.[0]?.statesPrevious).toBe(false);
    expect(summary('norfolk-2009-08-d1')).toEqual({
      outcome: 'raised-again',
      basis: 'similar-finding',
      to: 'norfolk-2011-02-d1',
    });
    expect(summary('norfolk-2009-08-d2')).toEqual({
      outcome: 'not-mentioned',
      basis: 'none',
      to: undefined,
    });
    expect(
      index.pairs
        .flatMap((p) => p.followUps)
        .filter((f) => f.from.startsWith('norfolk'))
        .every((f) => f.basis !== 'letter-summary'),
    ).toBe(true);
  });
});
