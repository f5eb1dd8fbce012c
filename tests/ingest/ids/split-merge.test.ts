/**
 * Ids through parser changes, on real seed texts (City of London's areas for
 * development): a split or merged finding's id is retired and names the
 * findings that now hold its words; an edited or grown finding keeps its id;
 * a returning finding gets its own id back; and the registry is at a fixed
 * point (a second run with the same findings changes nothing).
 */
import { describe, expect, it } from 'vitest';
import {
  assignIds,
  retireDocuments,
  RETIRED_BECAUSE,
} from '../../../scripts/ingest/ids/assign-ids.ts';
import { parseDocument } from '../../../scripts/ingest/parse-document.ts';
import { emptyRegistry, type Registry } from '../../../src/schemas/finding-ids.ts';
import { AUTHORITIES, SEED_FILES, seedBytes } from '../../helpers/seeds.ts';

const doc = parseDocument(SEED_FILES[1]!, seedBytes(SEED_FILES[1]!), AUTHORITIES);
const findings = doc.findings.map(({ judgement, text }) => ({ judgement, text }));
const at = (n: number) => findings.findIndex((f) => f.judgement === 'area-for-development') + n - 1;
const d = (n: number) => `city-of-london-2011-07-d${n}`;
const run = (fs: typeof findings, registry: Registry) =>
  assignIds(doc.slug, doc.idPrefix, fs, registry);
const first = run(findings, emptyRegistry());
/** The findings with the one at `i` replaced by `parts`. */
const replace = (i: number, ...parts: typeof findings) => [
  ...findings.slice(0, i),
  ...parts,
  ...findings.slice(i + 1),
];
const sentences = (text: string) => text.match(/[^.]+\.(\s|$)/g)!.map((s) => s.trim());

describe('a split finding', () => {
  const d4 = findings[at(4)]!;
  const [a, b, c, e] = sentences(d4.text);
  const split = run(
    replace(at(4), { ...d4, text: `${a} ${b}` }, { ...d4, text: `${c} ${e}` }),
    first.registry,
  );

  it('retires its id, naming the two findings that now hold its words', () => {
    expect(split.ids.slice(at(1), at(1) + 5)).toEqual([d(1), d(2), d(3), d(5), d(6)]);
    expect(split.registry.ids[d(4)]).toMatchObject({
      status: 'retired',
      retiredBecause: RETIRED_BECAUSE.split,
      successors: [d(5), d(6)],
      text: d4.text,
    });
  });
  it('is at a fixed point: the same findings again change nothing', () => {
    const again = run(
      replace(at(4), { ...d4, text: `${a} ${b}` }, { ...d4, text: `${c} ${e}` }),
      split.registry,
    );
    expect(again.registry).toEqual(split.registry);
  });
  it('joined again, the finding gets its own id back and the pieces name it', () => {
    const joined = run(findings, split.registry);
    expect(joined.ids).toEqual(first.ids);
    expect(joined.registry.ids[d(4)]).toEqual(first.registry.ids[d(4)]);
    expect(joined.registry.ids[d(5)]).toMatchObject({ status: 'retired', successors: [d(4)] });
  });
});

describe('merged findings', () => {
  const [d1, d2] = [findings[at(1)]!, findings[at(2)]!];
  const merged = run(
    [...replace(at(1), { ...d1, text: `${d1.text} ${d2.text}` }).filter((f) => f !== d2)],
    first.registry,
  );

  it('are retired, each naming the finding that now holds its words, which gets a new id', () => {
    expect(merged.ids.slice(at(1), at(1) + 3)).toEqual([d(5), d(3), d(4)]);
    for (const id of [d(1), d(2)])
      expect(merged.registry.ids[id]).toMatchObject({
        status: 'retired',
        retiredBecause: RETIRED_BECAUSE.merged,
        successors: [d(5)],
      });
  });
});

describe('a finding that grows or is edited', () => {
  const d1 = findings[at(1)]!;
  const truncated = run(replace(at(1), { ...d1, text: sentences(d1.text)[0]! }), emptyRegistry());

  it('keeps its id when a complete text replaces a truncated one', () => {
    const grown = run(findings, truncated.registry);
    expect(grown.ids).toEqual(truncated.ids);
    expect(grown.registry.ids[d(1)]).toMatchObject({ status: 'active', text: d1.text });
  });
  it('keeps its id when a sentence is reworded', () => {
    const edited = run(
      replace(at(1), {
        ...d1,
        text: d1.text.replace('is variable', 'varies a great deal between teams'),
      }),
      first.registry,
    );
    expect(edited.ids).toEqual(first.ids);
  });
});

describe('a finding whose judgement changes', () => {
  it('takes an id of its new judgement; the old id names it', () => {
    const d1 = findings[at(1)]!;
    const rejudged = run(replace(at(1), { ...d1, judgement: 'strength' }), first.registry);
    const now = rejudged.ids[at(1)]!;
    expect(now).toMatch(/^city-of-london-2011-07-s\d+$/);
    expect(rejudged.registry.ids[d(1)]).toMatchObject({
      status: 'retired',
      retiredBecause: RETIRED_BECAUSE.moved,
      successors: [now],
    });
  });
});

describe('a document that leaves and comes back', () => {
  it('gets every id back, active again, with its first issue record', () => {
    const issued = { revision: 1, file: SEED_FILES[1]!, sha256: doc.source.sha256 };
    const before = run(findings, emptyRegistry()).registry;
    const withIssue = assignIds(doc.slug, doc.idPrefix, findings, emptyRegistry(), issued).registry;
    const removed = retireDocuments(withIssue, new Set());
    expect(
      Object.values(removed.ids).every(
        (e) => e.status === 'retired' && e.retiredBecause === RETIRED_BECAUSE.removed,
      ),
    ).toBe(true);
    const back = assignIds(doc.slug, doc.idPrefix, findings, removed, {
      ...issued,
      revision: 2,
      file: 'renamed.txt',
    });
    expect(back.ids).toEqual(first.ids);
    expect(back.registry).toEqual(withIssue);
    expect(Object.keys(back.registry.ids)).toEqual(Object.keys(before.ids));
  });
});
