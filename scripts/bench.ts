/**
 * `npm run bench`: times ingest, astro build, Pagefind and a bare-Astro "floor" build for corpora of
 * 5 (seeds/), 150 and 500 letters, on a RAM disk and on disk, and reports peak memory; then, in
 * headless Chromium, what a search costs and how the heaviest pages load on a phone-speed CPU.
 *
 *   npm run bench                              all sizes, /dev/shm and bench-out/
 *   npm run bench -- --n 150                   one size (repeatable: --n 150 --n 500)
 *   npm run bench -- --where shm|disk|both     where the corpora and builds live
 *   npm run bench -- --tmp /dev/shm/fdf-bench  the RAM-disk folder (removed afterwards unless --keep)
 *   npm run bench -- --seed 1 --timeout 900    corpus seed; per-step timeout in seconds
 *   npm run bench -- --repeat 3                run each timed step 3 times and keep the median run
 *   npm run bench -- --skip search             leave a step out (repeatable)
 *
 * Writes nothing into content/ or dist/: every run has its own folders under bench-out/ (disk) or
 * the tmp folder (RAM). Results: a Markdown table on stdout and bench-out/results.json.
 * A step that is missing or fails is reported with the tail of its output; the others still run.
 */
import { existsSync, mkdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { RunContext, StepResult } from './bench/measurement.ts';
import { MEASUREMENTS } from './bench/measurements.ts';
import {
  failures,
  pageLoadTable,
  searchTable,
  stepsTable,
  summaryTable,
  type RunResult,
} from './bench/report.ts';
import { SEARCH_TARGETS } from './bench/search-cost.ts';

const repo = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    n: { type: 'string', multiple: true },
    where: { type: 'string', default: 'both' },
    tmp: { type: 'string', default: '/dev/shm/fdf-bench' },
    seed: { type: 'string', default: '1' },
    timeout: { type: 'string', default: '900' },
    keep: { type: 'boolean', default: false },
    repeat: { type: 'string', default: '1' },
    skip: { type: 'string', multiple: true },
  },
});

const sizes = (values.n ?? ['5', '150', '500']).flatMap((v) => v.split(',')).map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1))
  throw new Error(`--n takes positive integers, got ${values.n?.join(', ')}`);
if (!['shm', 'disk', 'both'].includes(values.where))
  throw new Error(`--where must be shm, disk or both, got ${values.where}`);
const places: ('shm' | 'disk')[] =
  values.where === 'both' ? ['shm', 'disk'] : [values.where as 'shm' | 'disk'];
const benchOut = join(repo, 'bench-out');
const tmpRoot = resolve(values.tmp);
const seed = Number(values.seed);
const timeoutMs = Number(values.timeout) * 1000;
const resultsPath = join(benchOut, 'results.json');
const repeat = Number(values.repeat);
if (!Number.isInteger(repeat) || repeat < 1)
  throw new Error(`--repeat takes a positive integer, got ${values.repeat}`);

mkdirSync(benchOut, { recursive: true });
const version = (pkg: string): string => {
  try {
    return (
      JSON.parse(readFileSync(join(repo, 'node_modules', pkg, 'package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
  } catch {
    return 'missing';
  }
};
const meta = {
  startedAt: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  },
  versions: { astro: version('astro'), pagefind: version('pagefind') },
  seed,
  repeat,
  peakRss: existsSync('/usr/bin/time')
    ? 'GNU time -v: largest single process'
    : '/proc VmHWM polling: largest single process',
};

const runs: RunResult[] = [];
const save = (): void =>
  writeFileSync(resultsPath, `${JSON.stringify({ ...meta, runs }, null, 2)}\n`);

for (const n of sizes) {
  for (const where of places) {
    const base = where === 'shm' ? tmpRoot : benchOut;
    const root = join(base, `n${n}`);
    const run: RunResult = { n, where, root, steps: {} };
    runs.push(run);
    if (where === 'shm' && !existsSync(resolve(tmpRoot, '..'))) {
      run.steps.setup = {
        status: 'failed',
        error: `${resolve(tmpRoot, '..')} does not exist (no RAM disk?)`,
        figures: {},
      };
      save();
      continue;
    }
    rmSync(root, { recursive: true, force: true });
    mkdirSync(root, { recursive: true });
    const ctx: RunContext = {
      repo,
      n,
      where,
      repeatOfN: where !== places[0],
      seed,
      timeoutMs,
      steps: run.steps,
      dirs: {
        root,
        corpus: n === 5 ? join(repo, 'seeds') : join(root, 'corpus'),
        content: join(root, 'content'),
        site: join(root, 'site'),
        dist: join(root, 'dist'),
        astroCache: join(root, 'astro-cache'),
        floor: join(root, 'floor'),
        pagefindCli: join(root, 'pagefind-cli'),
      },
    };
    for (const m of MEASUREMENTS) {
      if (values.skip?.includes(m.id)) continue;
      process.stderr.write(`[bench] N=${n} ${where}: ${m.label}… `);
      const tries: StepResult[] = [];
      for (let k = 0; k < (m.timed ? repeat : 1); k++) {
        let result: StepResult;
        const loadBefore = loadavg()[0];
        try {
          result = await m.run(ctx);
        } catch (error) {
          // A measurement's own bug must not stop the others.
          result = {
            status: 'failed',
            error: error instanceof Error ? (error.stack ?? error.message) : String(error),
            figures: {},
          };
        }
        // The machine is shared: the 1-minute load average before and after says how much to trust the time.
        result.load = [Math.round(loadBefore * 10) / 10, Math.round(loadavg()[0] * 10) / 10];
        tries.push(result);
        process.stderr.write(
          `${result.status}${result.seconds === undefined ? '' : ` in ${result.seconds.toFixed(1)} s`}${k + 1 < (m.timed ? repeat : 1) ? ', ' : ''}`,
        );
        if (result.status !== 'ok' && result.status !== 'partial') break;
      }
      // With --repeat, the run with the median wall time stands for the step (its memory, CPU and figures too).
      const result =
        tries.length > 1 && tries.every((t) => t.seconds !== undefined)
          ? [...tries].sort((a, b) => a.seconds! - b.seconds!)[Math.floor(tries.length / 2)]!
          : tries.at(-1)!;
      if (tries.length > 1)
        result.figures.allSeconds = tries.map((t) => t.seconds?.toFixed(1) ?? t.status).join(' / ');
      run.steps[m.id] = result;
      process.stderr.write('\n');
      save();
    }
    if (where === 'shm' && !values.keep) rmSync(root, { recursive: true, force: true });
  }
}

const report = [
  `## Benchmark ${meta.startedAt} (${meta.machine.cpus} cores, ${meta.machine.memoryGb} GB, Node ${meta.machine.node}, astro ${meta.versions.astro}, pagefind ${meta.versions.pagefind})`,
  '',
  'Times are wall-clock seconds; memory is peak RSS of the largest process. "of which index" is the Pagefind indexing the site build does itself; ms/page leaves it out. "ours ÷ floor" compares that ms/page with a bare Astro project building the same number of trivial pages and trivial endpoint routes (our data files, feed, robots.txt, OpenSearch description); our cite.bib/.ris/.json files are written by our own build hook, so their cost counts on our side. "pagefind CLI" re-indexes the built site on its own.',
  '',
  summaryTable(runs),
  '',
  '### Search',
  '',
  `Served with brotli, opened in headless Chromium, typed at 100 ms a key; KB are compressed response bodies (headers not counted), medians of 3. Targets: first search < ${SEARCH_TARGETS.firstKb} KB, later ones < ${SEARCH_TARGETS.laterKb} KB; results < ${SEARCH_TARGETS.warmMs} ms after the last key once search has loaded, < ${SEARCH_TARGETS.coldMs} ms on a cold page.`,
  '',
  searchTable(runs),
  '',
  '### Page load on a phone-speed Chromium',
  '',
  'Each page in a fresh context (empty cache) at 390 × 844, CPU slowed 4×, served on 127.0.0.1 with brotli; medians of 3.',
  '',
  pageLoadTable(runs),
  '',
  '### All steps',
  '',
  stepsTable(runs),
];
const failed = failures(runs);
if (failed) report.push('', '### Failures', '', failed);
console.log(report.join('\n'));
// Leave no empty RAM-disk folder behind (runs' own folders were removed above unless --keep).
// rmdir, not rm -r: --tmp might name a folder that holds other things.
if (places.includes('shm') && !values.keep) {
  try {
    rmdirSync(tmpRoot);
  } catch {
    // not empty, or never created
  }
}
console.error(`[bench] results written to ${resultsPath}`);
