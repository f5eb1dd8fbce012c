/** Markdown tables of benchmark results. */
import type { StepResult } from './measurement.ts';

/** The results of all measurements for one corpus size and location. */
export interface RunResult {
  n: number;
  where: 'shm' | 'disk';
  root: string;
  steps: Record<string, StepResult>;
}

const num = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined;
const fixed = (v: unknown, digits = 1): string =>
  num(v) === undefined ? '–' : (v as number).toFixed(digits);
const mb = (bytes: unknown): string =>
  num(bytes) === undefined ? '–' : ((bytes as number) / 1024 / 1024).toFixed(1);

/** "12.3 s / 850 MB", or the step's status when it did not complete. */
function timing(step: StepResult | undefined): string {
  if (!step) return '–';
  if (step.status === 'failed' || step.status === 'skipped') return step.status;
  const rss = step.peakRssMb === undefined ? '' : ` / ${Math.round(step.peakRssMb)} MB`;
  const cpu = step.cpuSeconds === undefined ? '' : ` (${fixed(step.cpuSeconds)} cpu)`;
  return `${fixed(step.seconds)} s${cpu}${rss}${step.status === 'partial' ? ' (partial)' : ''}`;
}

/** The headline table: one row per (N, location). */
export function summaryTable(runs: readonly RunResult[]): string {
  const head =
    '| N | where | docs / findings | ingest | astro build | of which index s | end to end s | pages + endpoints + citation files | dist MB | ms/page | pagefind CLI | floor build | floor ms/page | ours ÷ floor (wall / cpu) |';
  const rule = '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|';
  const rows = runs.map(({ n, where, steps }) => {
    const ing = steps.ingest?.figures ?? {};
    const b = steps.build?.figures ?? {};
    const f = steps.floor?.figures ?? {};
    const docs = `${ing.documents ?? '–'} / ${ing.findings ?? '–'}`;
    const floorPages = f.estimatedPageCount === true ? ` (${f.pages} est. pages)` : '';
    // End to end = what `npm run build` does: ingest, then astro build with its Pagefind indexing.
    const endToEnd =
      num(steps.ingest?.seconds) !== undefined && num(steps.build?.seconds) !== undefined
        ? (steps.ingest!.seconds as number) + (steps.build!.seconds as number)
        : undefined;
    const routes =
      b.pages === undefined
        ? '–'
        : `${b.pages}${b.endpoints === undefined ? '' : ` + ${b.endpoints}`}${b.citationFiles === undefined ? '' : ` + ${b.citationFiles}`}`;
    return `| ${n} | ${where} | ${docs} | ${timing(steps.ingest)} | ${timing(steps.build)} | ${fixed(b.pagefindInBuildSeconds)} | ${fixed(endToEnd)} | ${routes} | ${mb(b.distBytes)} | ${fixed(b.msPerPage, 2)} | ${timing(steps.pagefind)} | ${timing(steps.floor)}${floorPages} | ${fixed(f.msPerPage, 2)} | ${fixed(f.ratio, 1)} / ${fixed(f.cpuRatio, 1)} |`;
  });
  return [head, rule, ...rows].join('\n');
}

/**
 * Search cost per N and query (median of 3): KB transferred for page load + first search (cold
 * cache, and a returning visit that revalidates), KB a later search adds, and ms from the last
 * keypress to the first result on a cold page and once search has loaded. Targets below.
 */
export function searchTable(runs: readonly RunResult[]): string {
  const rows = runs.flatMap(({ n, where, steps }) => {
    const f = steps.search?.figures;
    if (!f || steps.search?.status !== 'ok')
      return steps.search ? [`| ${n} | ${where} | ${steps.search.status} | | | | | | | |`] : [];
    const queries = Object.keys(f)
      .filter((k) => k.endsWith('.results'))
      .map((k) => k.slice(0, -'.results'.length));
    return queries.map((q) => {
      const g = (mode: string, unit: string) =>
        fixed(f[`${q}.${mode}.${unit}`], unit === 'kb' ? 1 : 0);
      return `| ${n} | ${where} | ${q} | ${f[`${q}.results`]} | ${g('cold', 'kb')} | ${g('cached', 'kb')} | ${g('warm', 'kb')} | ${g('cold', 'ms')} | ${g('cached', 'ms')} | ${g('warm', 'ms')} |`;
    });
  });
  return [
    '| N | where | query | results shown | first search KB (page + query, cold cache) | returning visit KB | later search KB | cold page ms | returning visit ms | search loaded ms |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** Page loads per N on a phone-speed Chromium (median of 3): first paint, load, KB sent, DOM elements. */
export function pageLoadTable(runs: readonly RunResult[]): string {
  const rows = runs.flatMap(({ n, steps }) => {
    const f = steps.pageLoad?.figures;
    if (!f || steps.pageLoad?.status !== 'ok') return [];
    const pages = Object.keys(f)
      .filter((k) => k.endsWith('.path'))
      .map((k) => k.slice(0, -'.path'.length));
    return pages.map(
      (p) =>
        `| ${n} | ${p.replace(/-/g, ' ')} | \`${f[`${p}.path`]}\` | ${fixed(f[`${p}.fcpMs`], 0)} | ${fixed(f[`${p}.loadMs`], 0)} | ${fixed(f[`${p}.kb`])} | ${fixed(f[`${p}.elements`], 0)} |`,
    );
  });
  return [
    '| N | page | path | first paint ms | load ms | KB | elements |',
    '|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** Every step of every run, with its figures: new measurements show up here without changes. */
export function stepsTable(runs: readonly RunResult[]): string {
  const rows = runs.flatMap(({ n, where, steps }) =>
    Object.entries(steps).map(([id, s]) => {
      const figures = Object.entries(s.figures)
        .map(([k, v]) => `${k}=${typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(2) : v}`)
        .join(', ');
      return `| ${n} | ${where} | ${id} | ${s.status} | ${fixed(s.seconds, 2)} | ${fixed(s.cpuSeconds, 1)} | ${s.peakRssMb === undefined ? '–' : Math.round(s.peakRssMb)} | ${s.load ? `${s.load[0]}→${s.load[1]}` : '–'} | ${figures} |`;
    }),
  );
  return [
    '| N | where | step | status | seconds | cpu s | peak RSS MB | load before→after | figures |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** The error tails of failed or partial steps. */
export function failures(runs: readonly RunResult[]): string {
  const parts = runs.flatMap(({ n, where, steps }) =>
    Object.entries(steps)
      .filter(([, s]) => (s.status === 'failed' || s.status === 'partial') && s.error)
      .map(([id, s]) => `### N = ${n}, ${where}: ${id} ${s.status}\n\n\`\`\`\n${s.error}\n\`\`\``),
  );
  return parts.join('\n\n');
}
