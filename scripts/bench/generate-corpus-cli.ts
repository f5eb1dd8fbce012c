/**
 * Writes a synthetic corpus to disk.
 *   npx node scripts/bench/generate-corpus-cli.ts --n 500 --seed 1 --out bench-out/corpus-500
 *     [--authorities content/authorities.csv] [--expected FILE.json]
 * The output folder is created if needed and its old bench_*.txt files are removed (other files
 * are left alone, so pointing it at a real folder by mistake cannot wipe it).
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { AUTHORITIES_CSV, readAuthorities } from './authorities.ts';
import { generateCorpus, type CorpusFile } from './generate-corpus.ts';

/** Generate n letters and write them into dir; returns the generated files. */
export function writeCorpus(opts: {
  n: number;
  seed: number;
  out: string;
  authorities?: string;
  expected?: string;
}): CorpusFile[] {
  const files = generateCorpus({
    n: opts.n,
    seed: opts.seed,
    authorities: readAuthorities(opts.authorities ?? AUTHORITIES_CSV),
  });
  mkdirSync(opts.out, { recursive: true });
  for (const old of readdirSync(opts.out)) {
    if (/^bench_\d+\.txt$/.test(old)) rmSync(join(opts.out, old));
  }
  for (const f of files) writeFileSync(join(opts.out, f.name), f.text);
  if (opts.expected) {
    // Kept outside the corpus folder by the caller's choice: the ingest reads every file it is given.
    writeFileSync(
      opts.expected,
      `${JSON.stringify(
        files.map((f) => ({ name: f.name, ...f.expected })),
        null,
        1,
      )}\n`,
    );
  }
  return files;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      n: { type: 'string', default: '500' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      authorities: { type: 'string' },
      expected: { type: 'string' },
    },
  });
  if (!values.out) throw new Error('--out DIR is required');
  const n = Number(values.n);
  const seed = Number(values.seed);
  if (!Number.isInteger(n) || !Number.isInteger(seed))
    throw new Error('--n and --seed must be integers');
  const t0 = performance.now();
  const files = writeCorpus({
    n,
    seed,
    out: values.out,
    authorities: values.authorities,
    expected: values.expected,
  });
  console.log(
    `wrote ${files.length} letters to ${values.out} in ${Math.round(performance.now() - t0)} ms`,
  );
}

if (import.meta.main) main();
