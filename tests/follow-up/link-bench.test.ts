/**
 * The follow-up module at the scale of the benchmark's synthetic corpus (scripts/bench/): 180
 * letters, so that many authorities have two or three, with every wording of the previous
 * inspection the generator writes. Checks what must hold for every pair, independently of how
 * the links were chosen.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAuthorities } from '../../scripts/bench/authorities.ts';
import { generateCorpus } from '../../scripts/bench/generate-corpus.ts';
import { buildFollowUps } from '../../src/lib/follow-up/inspection-pairs.ts';
import { isConcern, outcomeFor } from '../../src/lib/follow-up/outcomes.ts';
import { ROOT } from '../helpers/seeds.ts';
import { ingestTexts } from './fixture-corpus.ts';

const files = generateCorpus({
  n: 180,
  seed: 7,
  authorities: readAuthorities(join(ROOT, 'content/authorities.csv')),
});
const corpus = ingestTexts(files.map((f) => ({ name: f.name, text: f.text })));
const index = buildFollowUps(corpus.byAuthority, corpus.narrativeOf);

describe('follow-ups over the synthetic corpus', () => {
  it('has pairs wherever an authority has two letters', () => {
    const expected = [...corpus.byAuthority.values()].reduce(
      (n, docs) =>
        n + Math.max(0, new Set(docs.map((d) => d.inspection.start.slice(0, 7))).size - 1),
      0,
    );
    expect(expected).toBeGreaterThan(15);
    expect(index.pairs).toHaveLength(expected);
  });
  it('every earlier finding has exactly one follow-up, pointing into the later letter only', () => {
    for (const { earlier, later, followUps } of index.pairs) {
      expect(followUps.map((f) => f.from)).toEqual(earlier.findings.map((f) => f.id));
      const laterIds = new Set(later.findings.map((f) => f.id));
      for (const f of followUps) if (f.to) expect(laterIds.has(f.to)).toBe(true);
    }
  });
  it('every link shows its reason: a quoted sentence found in the later letter, or shared themes or words', () => {
    for (const { later, followUps } of index.pairs) {
      const narrative = corpus.narrativeOf(later.slug).join(' ');
      for (const f of followUps) {
        if (f.basis === 'none') continue;
        if (f.basis === 'similar-finding') expect(f.sharedWords.length).toBeGreaterThanOrEqual(3);
        else {
          expect(f.quote).toBeTruthy();
          const where = f.to ? later.findings.find((x) => x.id === f.to)!.text : narrative;
          expect(where).toContain(f.quote);
        }
      }
    }
  });
  it('outcomes follow the judgements; statements are used only when the later letter names this inspection', () => {
    for (const { earlier, later, statesPrevious, followUps } of index.pairs) {
      for (const f of followUps) {
        const from = earlier.findings.find((x) => x.id === f.from)!;
        if (f.to)
          expect(f.outcome).toBe(
            outcomeFor(from.judgement, later.findings.find((x) => x.id === f.to)!.judgement),
          );
        if (!isConcern(from.judgement))
          expect(['held', 'declined', 'not-mentioned']).toContain(f.outcome);
        if (!statesPrevious) expect(['similar-finding', 'none']).toContain(f.basis);
      }
    }
  });
  it('a summary that every area was addressed leaves no earlier area unaccounted for', () => {
    const covered = index.pairs.filter(
      (p) =>
        p.statesPrevious &&
        corpus
          .narrativeOf(p.later.slug)
          .some(
            (s) =>
              /have been addressed\.$|have both demonstrated satisfactory improvement\.$/.test(s) &&
              !/^Two of/.test(s),
          ),
    );
    expect(covered.length).toBeGreaterThan(5);
    for (const p of covered) {
      for (const f of p.followUps.filter((x) =>
        isConcern(p.earlier.findings.find((e) => e.id === x.from)!.judgement),
      )) {
        expect(
          f.outcome === 'now-met' || (f.outcome === 'raised-again' && f.basis !== 'letter-summary'),
        ).toBe(true);
        expect(f.basis).not.toBe('none');
      }
    }
  });
});
