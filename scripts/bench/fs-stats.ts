/** File counts and sizes of build outputs. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Number of files and total bytes under dir, optionally only files whose name ends with suffix
 * and (when given) whose path relative to dir, with `/` separators, passes `keep`.
 */
export function dirStats(
  dir: string,
  suffix = '',
  keep?: (relative: string) => boolean,
): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  if (!existsSync(dir)) return { files, bytes };
  const stack = [dir];
  while (stack.length > 0) {
    const current = stack.pop() as string;
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) stack.push(path);
      else if (
        entry.isFile() &&
        entry.name.endsWith(suffix) &&
        (!keep || keep(relative(dir, path).split(sep).join('/')))
      ) {
        files++;
        bytes += statSync(path).size;
      }
    }
  }
  return { files, bytes };
}
