/**
 * What BibTeX itself prints from the built `cite.bib` files (Debian's
 * texlive-binaries + texlive-base: `bibtex` and `plain.bst`; .ci/run installs
 * them): every entry is formatted without a warning, with the month spelt out
 * from the month macro ("September 2009", never "sep 2 2009") and the id or
 * slug as the report number.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDocuments, loadRegistry, readBuilt, requireDist, builtExists } from './built.ts';
import { MONTHS } from '../../src/lib/dates.ts';

const documents = loadDocuments();
const dateOf = (d: (typeof documents)[number]) =>
  d.kind === 'ofsted-letter' ? d.letterDate : d.reportDate;
let work: string;
let bbl: string;
let log: string;

beforeAll(() => {
  requireDist();
  try {
    execFileSync('kpsewhich', ['plain.bst'], { encoding: 'utf8' });
  } catch {
    throw new Error(
      'bibtex or plain.bst not found: apt-get install -y --no-install-recommends texlive-binaries texlive-base (as .ci/run does)',
    );
  }
  const paths = [
    ...documents.map((d) => `letters/${d.slug}/cite.bib`),
    ...Object.keys(loadRegistry().ids).map((id) => `findings/${id}/cite.bib`),
  ].filter(builtExists);
  work = mkdtempSync(join(tmpdir(), 'fdf-bibtex-'));
  writeFileSync(join(work, 'all.bib'), paths.map(readBuilt).join('\n'));
  writeFileSync(
    join(work, 'all.aux'),
    '\\relax\n\\citation{*}\n\\bibstyle{plain}\n\\bibdata{all}\n',
  );
  // bibtex exits 1 on warnings and 2 on errors; the log says which, so read it either way.
  try {
    execFileSync('bibtex', ['all'], { cwd: work, encoding: 'utf8' });
  } catch {
    /* checked through the log below */
  }
  bbl = readFileSync(join(work, 'all.bbl'), 'utf8');
  log = readFileSync(join(work, 'all.blg'), 'utf8');
});
afterAll(() => work && rmSync(work, { recursive: true, force: true }));

/** The formatted entry of a key, whitespace collapsed. */
const entry = (key: string): string => {
  const start = bbl.indexOf(`\\bibitem{${key}}`);
  expect(start, `bibtex printed no entry for ${key}`).toBeGreaterThanOrEqual(0);
  const end = bbl.indexOf('\\bibitem', start + 1);
  return bbl.slice(start, end < 0 ? undefined : end).replace(/\s+/g, ' ');
};

describe('bibtex (plain.bst) on every built cite.bib', () => {
  it('reports no warning and no error', () => {
    expect(log).toMatch(/\(There were no error messages\)|^warning\$ -- 0$/m);
    expect(log).not.toMatch(/^Warning--/m);
    expect(log).not.toMatch(/error message/i);
  });

  it.each(documents.map((d) => [d.slug, d] as const))(
    '%s and its findings print "<Month> <year>" and their locator',
    (_slug, doc) => {
      const [year, month] = dateOf(doc).split('-').map(Number) as [number, number];
      for (const key of [doc.slug, ...doc.findings.map((f) => f.id)]) {
        const text = entry(key);
        expect(text).toContain(`${MONTHS[month - 1]} ${year}.`);
        expect(text).not.toMatch(/\b[a-z]{3} \d{1,2} \d{4}/);
        expect(text).toContain(key);
      }
    },
  );
});
