/**
 * The one module that writes ingest's output: letters/*.mdx and
 * finding-ids.json, through a temporary folder renamed into place, so an
 * interrupted run never leaves a half-written file.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Registry } from '../../../src/schemas/finding-ids.ts';

/** Documents with an output in the folder (by file name: outputs are never read back). */
export function existingOutputs(outDir: string): Set<string> {
  const letters = join(outDir, 'letters');
  return new Set(existsSync(letters) ? readdirSync(letters).filter((n) => n.endsWith('.mdx')).map((n) => n.slice(0, -4)) : []);
}

/**
 * Writes the outputs and the registry; removes every other output except
 * those of `keep` (documents whose file failed this time keep their last good
 * output).
 */
export function writeContent(outDir: string, outputs: readonly { slug: string; mdx: string }[], keep: ReadonlySet<string>, registry: Registry): void {
  const letters = join(outDir, 'letters');
  mkdirSync(letters, { recursive: true });
  const tmp = join(outDir, `.ingest-tmp-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp);
  try {
    for (const { slug, mdx } of outputs) writeFileSync(join(tmp, `${slug}.mdx`), mdx);
    writeFileSync(join(tmp, 'finding-ids.json'), `${JSON.stringify(registry, null, 2)}\n`);
    const written = new Set(outputs.map((o) => o.slug));
    for (const slug of existingOutputs(outDir)) {
      if (!written.has(slug) && !keep.has(slug)) rmSync(join(letters, `${slug}.mdx`));
    }
    for (const { slug } of outputs) renameSync(join(tmp, `${slug}.mdx`), join(letters, `${slug}.mdx`));
    renameSync(join(tmp, 'finding-ids.json'), join(outDir, 'finding-ids.json'));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
