/**
 * A split finding's old address leads to its words: in the fixture site
 * (tests/helpers/fixture-site.ts) one City of London finding is split in two,
 * as a better parser would, and ingested from the committed registry. The old
 * id's page names and links both findings that now hold its words; they, and
 * every other id, still have pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Registry } from '../../src/schemas/finding-ids.ts';
import { fixtureSite, SPLIT } from '../helpers/fixture-site.ts';

const OLD = SPLIT.id;
let dist: string;
let registry: Registry;

beforeAll(async () => {
  ({ dist, registry } = await fixtureSite());
}, 600_000);

const main = (id: string) =>
  parse(readFileSync(join(dist, 'findings', id, 'index.html'), 'utf8')).querySelector('main')!;

describe('the page of a split finding', () => {
  it('says it was retired and why, then names and links the findings that now hold its words', () => {
    const successors = registry.ids[OLD]!.successors!;
    expect(successors).toHaveLength(2);
    const page = main(OLD);
    expect(page.text).toMatch(/This finding was retired/);
    expect(page.text).toMatch(
      /Why: its words are now divided between other findings of the same document\. .*Its words are now in the 2 findings below\./,
    );
    const section = page.querySelector('section[aria-labelledby="now-in"]')!;
    expect(section.querySelector('h2')!.text).toBe('Its words are now in');
    const links = section.querySelectorAll('a').map((a) => a.getAttribute('href'));
    for (const id of successors) {
      expect(links).toContain(`/findings/${id}/`);
      expect(section.text).toContain(registry.ids[id]!.text);
      expect(main(id).querySelector('blockquote')!.text.trim()).toBe(registry.ids[id]!.text);
    }
  });
  it('every id in the registry still has a page', () => {
    const missing = Object.keys(registry.ids).filter((id) => {
      try {
        return !main(id);
      } catch {
        return true;
      }
    });
    expect(missing).toEqual([]);
  });
});
