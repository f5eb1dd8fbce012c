/** buildPermalinks resolves a retired id's successors to live findings, through ids retired since. */
import { describe, expect, it } from 'vitest';
import { buildPermalinks, describePermalink } from '../../src/lib/permalinks.ts';
import type { RegistryEntry } from '../../src/schemas/finding-ids.ts';
import { LETTER } from './fixtures.ts';

const [s1, d3] = LETTER.findings;
const refs = LETTER.findings.map((finding) => ({ finding, doc: LETTER }));
const entry = (id: string, over: Partial<RegistryEntry> = {}): RegistryEntry & { id: string } => ({
  id,
  document: LETTER.slug,
  judgement: 'area-for-development',
  text: `old words of ${id}`,
  status: 'retired',
  ...over,
});

describe('successors of a retired id', () => {
  const registry = [
    entry(s1!.id, { status: 'active', judgement: 'strength', text: s1!.text }),
    entry(d3!.id, { status: 'active', text: d3!.text }),
    entry('leicester-2009-08-d1', { successors: ['leicester-2009-08-d2', s1!.id] }),
    entry('leicester-2009-08-d2', { successors: [d3!.id, 'leicester-2009-08-d1'] }),
    entry('leicester-2009-08-d4'),
  ];
  const links = new Map(
    buildPermalinks(registry, refs, new Map([[LETTER.slug, LETTER]])).map((l) => [l.id, l]),
  );

  it('are the live findings, following a successor that was retired since (and never looping)', () => {
    expect(links.get('leicester-2009-08-d1')!.successors!.map((r) => r.finding.id)).toEqual([
      d3!.id,
      s1!.id,
    ]);
    expect(links.get('leicester-2009-08-d2')!.successors!.map((r) => r.finding.id)).toEqual([
      d3!.id,
      s1!.id,
    ]);
  });
  it('are absent for a live id and for a retired id whose words are gone', () => {
    expect(links.get(s1!.id)!.successors).toBeUndefined();
    expect(links.get('leicester-2009-08-d4')!.successors).toBeUndefined();
  });
  it('are named in the page description', () => {
    expect(
      describePermalink(links.get('leicester-2009-08-d1')!, [LETTER.authority], new Map())
        .description,
    ).toMatch(new RegExp(`now in ${d3!.id} and ${s1!.id}\\.$`));
  });
});
