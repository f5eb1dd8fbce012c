/**
 * Write tests/hostile/input/ from cases.ts (all but the generated 5 MB case):
 *   npm exec -- node tests/hostile/write-cases.ts
 * Review the diff and commit it; tests/quality/hostile.test.ts fails while
 * the committed files differ from what cases.ts makes.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HOSTILE_CASES } from './cases.ts';

/** The folder of committed hostile inputs. */
export const INPUT_DIR = join(import.meta.dirname, 'input');

/** Write every committed case into `dir` (emptied first) and return the file names. */
export function writeCases(dir: string, { withGenerated = false } = {}): string[] {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) rmSync(join(dir, name));
  const cases = HOSTILE_CASES.filter((c) => withGenerated || !c.generated);
  for (const c of cases) writeFileSync(join(dir, c.file), c.bytes());
  return cases.map((c) => c.file);
}

if (import.meta.main) console.log(`wrote ${writeCases(INPUT_DIR).length} files to ${INPUT_DIR}`);
