/**
 * A split finding's old address leads to its words: the seeds are ingested
 * with one City of London finding split in two (as a better parser would),
 * from the committed registry, and the site is built from that content (in a
 * private project copy). The old id's page names and links both findings that
 * now hold its words; they, and every other id, still have pages.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registrySchema, type Registry } from '../../src/schemas/finding-ids.ts';
import { ROOT, SEED_FILES } from '../helpers/seeds.ts';
import { buildCopy, copyProject } from '../quality/build-copy.ts';

const work = mkdtempSync(join(tmpdir(), 'fdf-successors-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const OLD = 'city-of-london-2011-07-d4';
let dist: string;
let registry: Registry;

beforeAll(async () => {
  const seeds = join(work, 'seeds');
  cpSync(join(ROOT, 'seeds'), seeds, { recursive: true });
  const file = join(seeds, SEED_FILES[1]!);
  const sentence =
    'More professionals have received training and a more detailed analysis of local need undertaken. ';
  writeFileSync(file, readFileSync(file, 'utf8').replace(sentence, `${sentence.trim()}\n- `));
  const content = join(work, 'content');
  mkdirSync(content);
  copyFileSync(join(ROOT, 'content/finding-ids.json'), join(content, 'finding-ids.json'));
  const ingest = spawnSync(
    process.execPath,
    [join(ROOT, 'scripts/ingest.ts'), '--in', seeds, '--out', content, '--retire'],
    { encoding: 'utf8' },
  );
  if (ingest.status !== 0) throw new Error(ingest.stderr);
  registry = registrySchema.parse(
    JSON.parse(readFileSync(join(content, 'finding-ids.json'), 'utf8')),
  );
  dist = (await buildCopy(copyProject(join(work, 'project')), { FDF_CONTENT_DIR: content })).outDir;
}, 240_000);

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
