/**
 * The benchmark's measurements, run in order for each corpus size and location: the build-side steps
 * here, the browser steps in browser-steps.ts. This list is the extension point: a new measurement is
 * one more {@link Measurement} appended to {@link MEASUREMENTS}; it can read earlier steps' figures from
 * `ctx.steps` (e.g. `ctx.steps.pagefind`) and the folders from `ctx.dirs`, and its result appears
 * in results.json and the per-step table without other changes.
 */
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageLoad, search, searchPhone } from './browser-steps.ts';
import { writeFloorProject } from './floor.ts';
import { pdfIntake } from './pdf-step.ts';
import { dirStats } from './fs-stats.ts';
import { writeCorpus } from './generate-corpus-cli.ts';
import { fromCommand, type Measurement, type RunContext, type StepResult } from './measurement.ts';
import { runCommand } from './run-command.ts';
import { prepareShadowRoot } from './shadow-root.ts';

/** Pages per letter, an estimate to size the floor when our build produced no pages. */
const PAGES_PER_LETTER_ESTIMATE = 21;

/**
 * The V8 heap flags `npm run build` gives astro build (--max-old-space-size keeps peak memory under the
 * 1.5 GB target: V8 otherwise grows the heap far beyond the live data; --max-semi-space-size cuts GC).
 */
function buildNodeOptions(repo: string): string | undefined {
  const script =
    (
      JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as {
        scripts?: Record<string, string>;
      }
    ).scripts?.build ?? '';
  return script.match(/--max-[a-z-]+-size=\d+/g)?.join(' ');
}

const node = (ctx: RunContext, script: string, args: string[], env?: Record<string, string>) =>
  // process.execPath is the Node 22 that runs the bench (npm run puts it first on PATH).
  runCommand({
    cmd: process.execPath,
    args: [join(ctx.repo, script), ...args],
    cwd: ctx.repo,
    env,
    timeoutMs: ctx.timeoutMs,
  });

/** Writes the synthetic corpus (skipped for N = 5, which uses seeds/ as it is). */
const corpus: Measurement = {
  id: 'corpus',
  label: 'generate corpus',
  async run(ctx): Promise<StepResult> {
    if (ctx.n === 5)
      return { status: 'skipped', error: 'N = 5 is seeds/ itself', figures: { letters: 5 } };
    const t0 = performance.now();
    const files = writeCorpus({
      n: ctx.n,
      seed: ctx.seed,
      out: ctx.dirs.corpus,
      authorities: join(ctx.repo, 'content', 'authorities.csv'),
    });
    const { bytes } = dirStats(ctx.dirs.corpus, '.txt');
    return {
      status: 'ok',
      seconds: (performance.now() - t0) / 1000,
      figures: { letters: files.length, bytes },
    };
  },
};

/** scripts/ingest.ts from the corpus into a fresh content folder. */
const ingest: Measurement = {
  id: 'ingest',
  label: 'ingest',
  timed: true,
  async run(ctx) {
    if (!existsSync(join(ctx.repo, 'scripts', 'ingest.ts')))
      return { status: 'failed', error: 'scripts/ingest.ts does not exist yet', figures: {} };
    rmSync(ctx.dirs.content, { recursive: true, force: true }); // fresh id registry every time
    const args = ['--in', ctx.dirs.corpus, '--out', ctx.dirs.content];
    // content/theme-overrides.yaml names findings of the seed letters, and ingest rejects overrides
    // of findings it has not seen: a synthetic corpus gets an empty overrides file instead.
    const script = readFileSync(join(ctx.repo, 'scripts', 'ingest.ts'), 'utf8');
    if (ctx.n !== 5 && script.includes('overrides')) {
      const overrides = join(ctx.dirs.root, 'theme-overrides.yaml');
      writeFileSync(overrides, 'overrides: []\n');
      args.push('--overrides', overrides);
    }
    const r = await node(ctx, 'scripts/ingest.ts', args);
    const summary = /ingest: (\d+) documents, (\d+) findings.*?(\d+) file\(s\) with errors/.exec(
      r.output,
    );
    const letters = join(ctx.dirs.content, 'letters');
    const written = existsSync(letters)
      ? readdirSync(letters).filter((f) => f.endsWith('.mdx')).length
      : 0;
    const figures: StepResult['figures'] = { documents: written };
    if (summary)
      Object.assign(figures, { findings: Number(summary[2]), fileErrors: Number(summary[3]) });
    // Per-file errors still leave the other documents written: the build can go on with those.
    return fromCommand(r, figures, written > 0);
  },
};

/** astro build of the real site over the ingested content, in a copy of the tree, into the run's own dist folder. */
const build: Measurement = {
  id: 'build',
  label: 'astro build',
  timed: true,
  async run(ctx) {
    const ing = ctx.steps.ingest;
    if (!ing || (ing.status !== 'ok' && ing.status !== 'partial'))
      return { status: 'skipped', error: 'no ingested content', figures: {} };
    rmSync(ctx.dirs.dist, { recursive: true, force: true });
    rmSync(ctx.dirs.astroCache, { recursive: true, force: true }); // cold build, as in CI
    // Copying the tree is setup, not part of the timed build.
    const config = prepareShadowRoot(ctx.repo, ctx.dirs.site, ctx.dirs.astroCache);
    const r = await runCommand({
      cmd: process.execPath,
      args: [
        join(ctx.repo, 'node_modules', 'astro', 'bin', 'astro.mjs'),
        'build',
        '--root',
        ctx.dirs.site,
        '--config',
        config,
        '--outDir',
        ctx.dirs.dist,
      ],
      cwd: ctx.dirs.site,
      env: {
        FDF_CONTENT_DIR: ctx.dirs.content,
        ASTRO_TELEMETRY_DISABLED: '1',
        NODE_OPTIONS: [buildNodeOptions(ctx.repo), process.env.NODE_OPTIONS]
          .filter(Boolean)
          .join(' '),
      },
      timeoutMs: ctx.timeoutMs,
    });
    const html = dirStats(ctx.dirs.dist, '.html');
    const all = dirStats(ctx.dirs.dist);
    // Files Astro rendered that are not pages (data files, feed): the floor builds as many endpoint routes.
    // The cite.bib/.ris/.json files are written by our own build hook (src/integrations/citation-files.ts),
    // not by Astro routes: their cost is ours, so the floor does not get them. Nor do the Atom feeds
    // and chart CSVs, which src/integrations/endpoint-files.ts writes the same way.
    const isCitation = (rel: string) => /\/cite\.(bib|ris|json)$/.test(rel);
    const isHookFile = (rel: string) => /(^|\/)feed\.xml$|^charts\/[^/]+\.csv$/.test(rel);
    const endpoints = dirStats(
      ctx.dirs.dist,
      '',
      (rel) =>
        !rel.endsWith('.html') &&
        !isCitation(rel) &&
        !isHookFile(rel) &&
        !/^(pagefind|_astro)\//.test(rel) &&
        !/^sitemap-.*\.xml$/.test(rel) &&
        !existsSync(join(ctx.dirs.site, 'public', rel)),
    ).files;
    const citationFiles = dirStats(ctx.dirs.dist, '', isCitation).files;
    const astroSeconds = /(\d+) page\(s\) built in ([\d.]+)(m?s)/.exec(r.output);
    const figures: StepResult['figures'] = {
      pages: html.files,
      endpoints,
      citationFiles,
      htmlBytes: html.bytes,
      distBytes: all.bytes,
      distFiles: all.files,
    };
    if (astroSeconds)
      figures.astroReportedSeconds =
        Number(astroSeconds[2]) / (astroSeconds[3] === 'ms' ? 1000 : 1);
    // The site's own Pagefind integration indexes at astro:build:done. Its time is taken out of
    // the per-page figure, which is compared with a floor that indexes nothing.
    const indexed = /indexed (\d+) pages in (\d+) ms/.exec(r.output);
    const indexSeconds = indexed ? Number(indexed[2]) / 1000 : 0;
    if (indexed)
      Object.assign(figures, {
        pagefindInBuildSeconds: indexSeconds,
        pagefindInBuildPages: Number(indexed[1]),
      });
    if (html.files > 0) figures.msPerPage = ((r.seconds - indexSeconds) * 1000) / html.files;
    return fromCommand(r, figures);
  },
};

/**
 * Pagefind's CLI over the built site. The site's build already indexes through Pagefind's Node
 * API (src/integrations/pagefind.ts); this re-index measures Pagefind on its own (its time and
 * memory apart from Astro's). It writes to its own folder: dist/pagefind stays the index the site
 * ships, which the search step measures.
 */
const pagefind: Measurement = {
  id: 'pagefind',
  label: 'pagefind',
  timed: true,
  async run(ctx) {
    if (ctx.steps.build?.status !== 'ok')
      return { status: 'skipped', error: 'no built site', figures: {} };
    const r = await runCommand({
      cmd: process.execPath,
      args: [
        join(ctx.repo, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs'),
        '--site',
        ctx.dirs.dist,
        '--output-path',
        ctx.dirs.pagefindCli,
      ],
      cwd: ctx.repo,
      timeoutMs: ctx.timeoutMs,
    });
    const index = dirStats(ctx.dirs.pagefindCli);
    const indexed = /Indexed (\d+) pages?/.exec(r.output);
    const figures: StepResult['figures'] = { indexFiles: index.files, indexBytes: index.bytes };
    if (indexed) figures.indexedPages = Number(indexed[1]);
    return fromCommand(r, figures);
  },
};

/** A bare Astro project with as many trivial pages as our build made: Astro's own cost per page. */
const floor: Measurement = {
  id: 'floor',
  label: 'floor build',
  timed: true,
  async run(ctx) {
    const ours = ctx.steps.build?.figures.pages;
    // Fewer pages than letters means the site is not built out yet (or the build failed): size the
    // floor for the finished site instead, and give no ratio.
    const estimated = typeof ours !== 'number' || ours < ctx.n;
    const pages = estimated ? ctx.n * PAGES_PER_LETTER_ESTIMATE : ours;
    const endpoints = estimated ? 0 : Number(ctx.steps.build?.figures.endpoints ?? 0);
    writeFloorProject(ctx.dirs.floor, pages, join(ctx.repo, 'node_modules'), endpoints);
    const r = await runCommand({
      cmd: process.execPath,
      args: [
        join(ctx.repo, 'node_modules', 'astro', 'bin', 'astro.mjs'),
        'build',
        '--root',
        ctx.dirs.floor,
      ],
      cwd: ctx.dirs.floor,
      env: { ASTRO_TELEMETRY_DISABLED: '1' },
      timeoutMs: ctx.timeoutMs,
    });
    const built = dirStats(join(ctx.dirs.floor, 'dist'), '.html').files;
    const files = dirStats(join(ctx.dirs.floor, 'dist', 'files')).files;
    const figures: StepResult['figures'] = {
      pages: built,
      endpoints: files,
      estimatedPageCount: estimated,
    };
    if (built > 0) figures.msPerPage = (r.seconds * 1000) / built;
    const oursMs = ctx.steps.build?.figures.msPerPage;
    if (typeof oursMs === 'number' && built > 0 && !estimated)
      figures.ratio = oursMs / ((r.seconds * 1000) / built);
    // The same ratio on CPU time (ours less the indexing's share of wall time): steadier when others load the machine.
    const oursBuild = ctx.steps.build;
    if (
      oursBuild?.cpuSeconds !== undefined &&
      r.cpuSeconds !== undefined &&
      oursBuild.seconds &&
      !estimated &&
      built > 0
    ) {
      const indexShare = Number(oursBuild.figures.pagefindInBuildSeconds ?? 0) / oursBuild.seconds;
      figures.cpuRatio = (oursBuild.cpuSeconds * (1 - indexShare)) / r.cpuSeconds;
    }
    return fromCommand(r, figures);
  },
};

/** Run in this order for every (N, location). Append new measurements here. */
export const MEASUREMENTS: Measurement[] = [
  corpus,
  ingest,
  pdfIntake,
  build,
  pagefind,
  floor,
  search,
  searchPhone,
  pageLoad,
];
