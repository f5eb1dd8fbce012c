/**
 * The one module that writes ingest's output: letters/*.mdx beside
 * finding-ids.json and the intake report, through a temporary folder renamed into place, so an
 * interrupted run never leaves a half-written file.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Documents with an output in the folder (by file name: outputs are never read back). */
export function existingOutputs(outDir: string): Set<string> {
  const letters = join(outDir, 'letters');
  return new Set(
    existsSync(letters)
      ? readdirSync(letters)
          .filter((n) => n.endsWith('.mdx'))
          .map((n) => n.slice(0, -4))
      : [],
  );
}

/**
 * Writes the outputs and the files beside them (by name); removes every other
 * output except those of `keep` (documents whose file failed this time keep
 * their last good output).
 */
export function writeContent(
  outDir: string,
  outputs: readonly { slug: string; mdx: string }[],
  keep: ReadonlySet<string>,
  beside: Readonly<Record<string, string>>,
): void {
  const letters = join(outDir, 'letters');
  mkdirSync(letters, { recursive: true });
  const tmp = join(outDir, `.ingest-tmp-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp);
  try {
    for (const { slug, mdx } of outputs) writeFileSync(join(tmp, `${slug}.mdx`), mdx);
    for (const [name, text] of Object.entries(beside)) writeFileSync(join(tmp, name), text);
    const written = new Set(outputs.map((o) => o.slug));
    for (const slug of existingOutputs(outDir)) {
      if (!written.has(slug) && !keep.has(slug)) rmSync(join(letters, `${slug}.mdx`));
    }
    for (const { slug } of outputs)
      renameSync(join(tmp, `${slug}.mdx`), join(letters, `${slug}.mdx`));
    for (const name of Object.keys(beside)) renameSync(join(tmp, name), join(outDir, name));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
