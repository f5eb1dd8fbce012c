/**
 * A site built over the seed letters plus the letter pairs of tests/fixtures/follow-up/, in a
 * private project copy (tests/quality/build-copy.ts), so the research views have authorities with
 * two inspections to show. Built once per test file that calls it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { buildCopy, copyProject } from '../quality/build-copy.ts';
import { ROOT } from './seeds.ts';

/** The built fixture site. */
export interface ResearchSite {
  dist: string;
  /** Generated content folder (letters/*.mdx, finding-ids.json). */
  content: string;
  /** A built file's text. */
  file: (path: string) => string;
  /** A built page's HTML, parsed. */
  page: (path: string) => HTMLElement;
  remove: () => void;
}

/** Ingests seeds + fixture pairs and builds the site; rejects with the tool's output on failure. */
export async function buildResearchSite(): Promise<ResearchSite> {
  const work = mkdtempSync(join(tmpdir(), 'fdf-research-'));
  const input = join(work, 'in');
  const content = join(work, 'content');
  mkdirSync(input);
  cpSync(join(ROOT, 'seeds'), input, { recursive: true });
  cpSync(join(ROOT, 'tests/fixtures/follow-up'), input, {
    recursive: true,
    filter: (src) => !src.endsWith('.md'),
  });
  const ingest = spawnSync(
    process.execPath,
    [join(ROOT, 'scripts/ingest.ts'), '--in', input, '--out', content],
    { encoding: 'utf8' },
  );
  if (ingest.status !== 0) throw new Error(`ingest failed:\n${ingest.stderr}`);
  const { outDir } = await buildCopy(copyProject(join(work, 'project')), {
    FDF_CONTENT_DIR: content,
  });
  const file = (path: string) => readFileSync(join(outDir, path), 'utf8');
  return {
    dist: outDir,
    content,
    file,
    page: (path) => parse(file(join(path, 'index.html'))),
    remove: () => rmSync(work, { recursive: true, force: true }),
  };
}
