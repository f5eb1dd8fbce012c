import { describe, expect, it } from 'vitest';
import {
  countByJudgement,
  groupBy,
  groupByJudgement,
  groupByMany,
  sortByKeys,
} from '../../src/lib/group.ts';
import {
  compareJudgements,
  JUDGEMENT_ORDER,
  judgementLabel,
  judgementPlural,
} from '../../src/lib/judgements.ts';

const f = (id: string, judgement: (typeof JUDGEMENT_ORDER)[number]) => ({ id, judgement });

describe('grouping', () => {
  it('groupBy keeps first-seen key order and item order', () => {
    expect([...groupBy(['b1', 'a1', 'b2'], (s) => s[0])]).toEqual([
      ['b', ['b1', 'b2']],
      ['a', ['a1']],
    ]);
  });
  it('groupByMany puts an item under each of its keys once', () => {
    expect(
      [...groupByMany([{ k: ['x', 'y', 'x'] }, { k: ['y'] }], (i) => i.k)].map(([k, v]) => [
        k,
        v.length,
      ]),
    ).toEqual([
      ['x', 1],
      ['y', 2],
    ]);
  });
  it('counts every judgement, zero included', () => {
    expect(
      countByJudgement([f('1', 'strength'), f('2', 'strength'), f('3', 'priority-action')]),
    ).toEqual({
      'priority-action': 1,
      'area-for-development': 0,
      strength: 2,
      'meets-requirements': 0,
    });
  });
  it('groups by judgement in display order, most serious first, without empty groups', () => {
    const groups = groupByJudgement([
      f('1', 'meets-requirements'),
      f('2', 'area-for-development'),
      f('3', 'meets-requirements'),
    ]);
    expect(groups.map((g) => [g.judgement, g.items.map((i) => i.id)])).toEqual([
      ['area-for-development', ['2']],
      ['meets-requirements', ['1', '3']],
    ]);
  });
  it('sorts by several keys, en-GB collation', () => {
    const rows = [
      { a: 'St Helens', d: '2' },
      { a: 'Southwark', d: '1' },
      { a: 'St Helens', d: '1' },
    ];
    expect(
      sortByKeys(
        rows,
        (r) => r.a,
        (r) => r.d,
      ),
    ).toEqual([
      { a: 'Southwark', d: '1' },
      { a: 'St Helens', d: '1' },
      { a: 'St Helens', d: '2' },
    ]);
  });
});

describe('judgements', () => {
  it('has labels for titles and group headings', () => {
    expect(judgementLabel('area-for-development')).toBe('Area for development');
    expect(judgementPlural('priority-action')).toBe('Areas for priority action');
    expect([...JUDGEMENT_ORDER].sort(compareJudgements)).toEqual([
      'priority-action',
      'area-for-development',
      'strength',
      'meets-requirements',
    ]);
  });
});

describe('text', async () => {
  const { asSentence, countNoun, capitalise } = await import('../../src/lib/text.ts');
  it('counts with the right noun form', () => {
    expect(countNoun(1, 'document')).toBe('1 document');
    expect(countNoun(0, 'finding')).toBe('0 findings');
    expect(countNoun(2, 'summary', 'summaries')).toBe('2 summaries');
    expect(capitalise('metropolitan district')).toBe('Metropolitan district');
    expect(asSentence('split into d4 and d5')).toBe('split into d4 and d5.');
    expect(asSentence('Removed (duplicate).')).toBe('Removed (duplicate).');
  });
});
