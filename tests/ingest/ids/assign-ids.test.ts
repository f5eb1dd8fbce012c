import { describe, expect, it } from 'vitest';
import {
  assignIds,
  assignIdsFrom,
  compareIds,
  retireDocuments,
} from '../../../scripts/ingest/ids/assign-ids.ts';
import { createRegistryIndex } from '../../../scripts/ingest/ids/registry-index.ts';
import { emptyRegistry, type Registry } from '../../../src/schemas/finding-ids.ts';

const empty: Registry = emptyRegistry();
const findings = [
  {
    judgement: 'strength' as const,
    text: 'Child protection enquiries are thorough and include a sustained focus on the child.',
  },
  {
    judgement: 'area-for-development' as const,
    text: 'The arrangements for transferring cases between teams are not sufficiently efficient.',
  },
  {
    judgement: 'strength' as const,
    text: 'Staff have good access to a wide range of training from internal and external providers.',
  },
];

describe('assignIds', () => {
  const first = assignIds('leicester-2009-08', 'leicester-2009-08', findings, empty);

  it('issues short readable ids numbered per judgement in source order', () => {
    expect(first.ids).toEqual([
      'leicester-2009-08-s1',
      'leicester-2009-08-d1',
      'leicester-2009-08-s2',
    ]);
    expect(first.registry.ids['leicester-2009-08-d1']).toMatchObject({
      document: 'leicester-2009-08',
      status: 'active',
    });
  });

  it('keeps ids when a finding is reworded (typo fixed) or the order changes', () => {
    const edited = [
      findings[2],
      {
        ...findings[0],
        text: 'Child protection enquiries are thorough and include a sustained focus on the child concerned.',
      },
      findings[1],
    ];
    expect(assignIds('leicester-2009-08', 'leicester-2009-08', edited, first.registry).ids).toEqual(
      ['leicester-2009-08-s2', 'leicester-2009-08-s1', 'leicester-2009-08-d1'],
    );
  });

  it('gives a new finding a new id, retires a vanished one, and gives a returning one its id back', () => {
    const next = assignIds(
      'leicester-2009-08',
      'leicester-2009-08',
      [
        findings[0],
        {
          judgement: 'strength',
          text: 'Out of hours services are well linked with daytime teams.',
        },
      ],
      first.registry,
    );
    expect(next.ids).toEqual(['leicester-2009-08-s1', 'leicester-2009-08-s3']);
    expect(next.registry.ids['leicester-2009-08-s2']).toMatchObject({
      status: 'retired',
      retiredBecause: expect.any(String),
    });
    expect(next.registry.ids['leicester-2009-08-d1'].status).toBe('retired');
    const again = assignIds(
      'leicester-2009-08',
      'leicester-2009-08',
      [...findings, { judgement: 'strength', text: 'Something else entirely new here.' }],
      next.registry,
    );
    // d1 and s2 come back under their own ids; a genuinely new finding gets a number never issued (s3 was).
    expect(again.ids).toEqual([
      'leicester-2009-08-s1',
      'leicester-2009-08-d1',
      'leicester-2009-08-s2',
      'leicester-2009-08-s4',
    ]);
    expect(again.registry.ids['leicester-2009-08-d1']).toEqual({
      ...first.registry.ids['leicester-2009-08-d1'],
    });
    expect(again.registry.ids['leicester-2009-08-s3']).toMatchObject({ status: 'retired' });
    expect(Object.keys(again.registry.ids)).toHaveLength(5); // nothing is ever deleted
  });

  it('does not match a finding of another judgement or another document', () => {
    const other = assignIds('rutland-2011-05', 'rutland-2011-05', findings, first.registry);
    expect(other.ids).toEqual(['rutland-2011-05-s1', 'rutland-2011-05-d1', 'rutland-2011-05-s2']);
  });

  it('retires the ids of a removed document', () => {
    const retired = retireDocuments(first.registry, new Set());
    expect(Object.values(retired.ids).every((e) => e.status === 'retired')).toBe(true);
  });

  it('orders ids by number, not as strings', () => {
    expect(['x-s10', 'x-s2', 'x-d1'].sort(compareIds)).toEqual(['x-d1', 'x-s2', 'x-s10']);
  });

  it('gives the same ids through a running index as through whole registries (how ingest calls it)', () => {
    const edited = [
      findings[0]!,
      { judgement: 'strength' as const, text: 'Something else entirely new here.' },
    ];
    const runs: [string, typeof findings][] = [
      ['leicester-2009-08', findings],
      ['rutland-2011-05', findings],
      ['leicester-2009-08', edited],
      ['leicester-2009-08', findings],
    ];
    let registry = empty;
    const expected = runs.map(([doc, fs]) => {
      const r = assignIds(doc, doc, fs, registry);
      registry = r.registry;
      return r.ids;
    });
    const index = createRegistryIndex({});
    const actual = runs.map(([doc, fs]) => {
      const r = assignIdsFrom(doc, doc, fs, index);
      index.apply(r.changes);
      return r.ids;
    });
    expect(actual).toEqual(expected);
    expect(index.entries()).toEqual(registry.ids);
    // Findings retired by the edit come back under their own ids.
    expect(expected[3]).toEqual([
      'leicester-2009-08-s1',
      'leicester-2009-08-d1',
      'leicester-2009-08-s2',
    ]);
  });
});
