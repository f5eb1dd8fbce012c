/**
 * A build several test files share, made once per test run: the first file
 * to ask makes it; the others, in other workers, wait for it. A folder created
 * with mkdir is the lock (creating it either succeeds for exactly one process
 * or fails); a marker file says the build is done, or holds why it failed, so
 * every waiting file fails with the same message instead of building again.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import { inject } from 'vitest';

/** How long a waiting file gives the first one to finish (a build on a loaded machine). */
const PATIENCE_MS = 600_000;

/**
 * The folder of the shared build `name`, made by `make(folder)` if no other
 * file has made it in this run; rejects with the maker's error if it failed.
 */
export async function sharedBuild(
  name: string,
  make: (dir: string) => Promise<void>,
): Promise<string> {
  const dir = join(inject('sharedBuilds'), name);
  const done = `${dir}.done`;
  const failed = `${dir}.failed`;
  let mine = true;
  try {
    mkdirSync(dir);
  } catch {
    mine = false;
  }
  if (mine) {
    try {
      await make(dir);
      writeFileSync(done, '');
    } catch (error) {
      writeFileSync(
        failed,
        error instanceof Error ? (error.stack ?? error.message) : String(error),
      );
      throw error;
    }
    return dir;
  }
  for (const started = Date.now(); Date.now() - started < PATIENCE_MS; await sleep(250)) {
    if (existsSync(done)) return dir;
    if (existsSync(failed))
      throw new Error(
        `shared build "${name}" failed in another test file:\n${readFileSync(failed, 'utf8')}`,
      );
  }
  throw new Error(`shared build "${name}" was not ready after ${PATIENCE_MS / 1000} s (${dir})`);
}
