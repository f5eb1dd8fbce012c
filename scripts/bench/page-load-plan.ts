/**
 * The plan and the arithmetic of the page-load step (page-load.ts): which pages of a built site it
 * measures, and how its samples become the medians in results.json. No browser here.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { median } from './median.ts';

export interface PageLoadSample {
  page: string;
  path: string;
  fcpMs?: number;
  loadMs: number;
  kb: number;
  elements: number;
}

/**
 * The site path of the largest `index.html` one folder below `folder` (`themes/x/`), if any; `beside`
 * keeps only folders holding that file too (a letter's folder has its `cite.bib`, `by-authority/` not).
 */
function largestPage(dist: string, folder: string, beside?: string): string | undefined {
  const sized = readdirSync(join(dist, folder), { withFileTypes: true })
    .filter(
      (e) =>
        e.isDirectory() && (beside === undefined || existsSync(join(dist, folder, e.name, beside))),
    )
    .flatMap((e) => {
      try {
        return [
          {
            path: `/${folder}/${e.name}/`,
            bytes: statSync(join(dist, folder, e.name, 'index.html')).size,
          },
        ];
      } catch {
        return [];
      }
    });
  return sized.sort((a, b) => b.bytes - a.bytes || a.path.localeCompare(b.path))[0]?.path;
}

/** The pages measured: the home page, the largest theme page, /picture/, the largest letter and the first finding page. */
export function pagesToMeasure(dist: string): { page: string; path: string }[] {
  const finding = readdirSync(join(dist, 'findings')).sort()[0];
  const pages = [
    { page: 'home', path: '/' },
    { page: 'largest theme', path: largestPage(dist, 'themes') },
    { page: 'picture', path: '/picture/' },
    { page: 'largest letter', path: largestPage(dist, 'letters', 'cite.bib') },
    { page: 'finding', path: finding && `/findings/${finding}/` },
  ];
  return pages.filter((p): p is { page: string; path: string } => p.path !== undefined);
}

/** Flat figures for results.json: per page its path and the median of each figure (`picture.loadMs`). */
export function pageLoadFigures(
  samples: readonly PageLoadSample[],
): Record<string, number | string> {
  const figures: Record<string, number | string> = {};
  for (const page of new Set(samples.map((s) => s.page))) {
    const mine = samples.filter((s) => s.page === page);
    const key = page.replace(/\s+/g, '-');
    figures[`${key}.path`] = mine[0]!.path;
    for (const field of ['fcpMs', 'loadMs', 'kb', 'elements'] as const) {
      const m = median(mine.flatMap((s) => (s[field] === undefined ? [] : [s[field]])));
      if (m !== undefined)
        figures[`${key}.${field}`] = field === 'kb' ? Math.round(m * 10) / 10 : Math.round(m);
    }
  }
  return figures;
}
