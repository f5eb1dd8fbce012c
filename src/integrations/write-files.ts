/**
 * Writes files made after the build (citation files, feeds, chart CSVs) into
 * the output folder, making each folder once. It yields to the event loop
 * every `yieldEvery` files: Pagefind indexes in its own process meanwhile
 * (src/integrations/pagefind.ts) and needs the loop to hear that a step is
 * done and start the next one. Returns how many files were written.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export async function writeFiles(
  out: string,
  files: Iterable<{ path: string; body: string }>,
  yieldEvery: number,
): Promise<number> {
  let count = 0;
  const made = new Set<string>();
  for (const file of files) {
    const path = join(out, file.path);
    const folder = dirname(path);
    if (!made.has(folder)) mkdirSync(folder, { recursive: true });
    made.add(folder);
    writeFileSync(path, file.body);
    if (++count % yieldEvery === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  return count;
}
