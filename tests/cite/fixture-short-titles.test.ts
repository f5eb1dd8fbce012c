/**
 * Short titles on a site where authorities were inspected twice (the fixture
 * site, tests/helpers/fixture-site.ts: Derbyshire, Norfolk and Stockport
 * each have two letters): every citable page, retired ids included, gives
 * Zotero a short title no other page gives, so an in-text citation or a
 * later note can tell the inspections' findings apart.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readCitablePages } from '../../scripts/check-zotero/citable-pages.ts';
import { sharedShortTitles } from '../../scripts/check-zotero/zotero-problems.ts';
import { fixtureSite } from '../helpers/fixture-site.ts';

let dist: string;

beforeAll(async () => {
  ({ dist } = await fixtureSite());
}, 600_000);

describe('short titles of the fixture site', () => {
  it('are one per page, even for the same judgement and number in two inspections', () => {
    const pages = readCitablePages(dist);
    const twice = pages.filter((p) => /^findings\/derbyshire-20\d\d-\d\d-d1\/$/.test(p.path));
    expect(twice).toHaveLength(2);
    const saved = pages.map((p) => ({ path: p.path, shortTitle: p.meta['bibo.shortTitle'] }));
    expect(saved.filter((s) => !s.shortTitle)).toEqual([]);
    expect(sharedShortTitles(saved)).toEqual([]);
  });
});
