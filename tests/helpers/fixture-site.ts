/**
 * The fixture site: the seed letters plus the letter pairs of tests/fixtures/follow-up/, ingested
 * from the committed permalink registry with one City of London finding split in two (as a better
 * parser would), and built in a private project copy (tests/quality/build-copy.ts). The research
 * views get authorities inspected twice; the permalink checks get a retired id with successors.
 * Built once per test run and shared by the files that use it (tests/helpers/shared-build.ts).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { registrySchema, type Registry } from '../../src/schemas/finding-ids.ts';
import { buildCopy, copyProject } from '../quality/build-copy.ts';
import { ROOT, SEED_FILES } from './seeds.ts';
import { sharedBuild } from './shared-build.ts';

/** The finding the fixture splits, and the sentence after which its text is cut into a second bullet. */
export const SPLIT = {
  id: 'city-of-london-2011-07-d4',
  file: SEED_FILES[1]!,
  after:
    'More professionals have received training and a more detailed analysis of local need undertaken. ',
};

/** The built fixture site. */
export interface FixtureSite {
  dist: string;
  /** Generated content folder (letters/*.mdx, finding-ids.json). */
  content: string;
  /** The permalink registry the ingest wrote. */
  registry: Registry;
  /** A built file's text. */
  file: (path: string) => string;
  /** A built page's HTML, parsed. */
  page: (path: string) => HTMLElement;
}

/** Ingest and build into `work`; throws with the tool's output on failure. */
async function make(work: string): Promise<void> {
  const input = join(work, 'in');
  const content = join(work, 'content');
  cpSync(join(ROOT, 'seeds'), input, { recursive: true });
  cpSync(join(ROOT, 'tests/fixtures/follow-up'), input, {
    recursive: true,
    filter: (src) => !src.endsWith('.md'),
  });
  const split = join(input, SPLIT.file);
  const text = readFileSync(split, 'utf8');
  if (!text.includes(SPLIT.after))
    throw new Error(`${SPLIT.file} no longer has the sentence to split after`);
  writeFileSync(split, text.replace(SPLIT.after, `${SPLIT.after.trim()}\n- `));
  mkdirSync(content);
  copyFileSync(join(ROOT, 'content/finding-ids.json'), join(content, 'finding-ids.json'));
  const ingest = spawnSync(
    process.execPath,
    [join(ROOT, 'scripts/ingest.ts'), '--in', input, '--out', content, '--retire'],
    { encoding: 'utf8' },
  );
  if (ingest.status !== 0) throw new Error(`ingest failed:\n${ingest.stderr}`);
  await buildCopy(copyProject(join(work, 'project')), { FDF_CONTENT_DIR: content });
}

/** The fixture site, built by the first test file that asks in this run. */
export async function fixtureSite(): Promise<FixtureSite> {
  const work = await sharedBuild('fixture-site', make);
  const dist = join(work, 'project', 'dist');
  const content = join(work, 'content');
  const file = (path: string) => readFileSync(join(dist, path), 'utf8');
  return {
    dist,
    content,
    registry: registrySchema.parse(
      JSON.parse(readFileSync(join(content, 'finding-ids.json'), 'utf8')),
    ),
    file,
    page: (path) => parse(file(join(path, 'index.html'))),
  };
}
