/**
 * Search in `npm run dev`: the dev server has no build step, so no index of
 * its own; it serves the index of the last `npm run build` (`dist/pagefind/`)
 * at `<base>pagefind/`, as the built site does. Without a build the search
 * page says to run one. The index is only as current as that build.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { ServerResponse, IncomingMessage } from 'node:http';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

/** A connect middleware serving `<outDir>/pagefind/*` under `<base>pagefind/`. */
export function pagefindDevMiddleware(outDir: string, base: string) {
  const prefix = `${base.replace(/\/?$/, '/')}pagefind/`;
  const root = join(outDir, 'pagefind');
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const path = decodeURIComponent((req.url ?? '').split('?')[0]!);
    if (!path.startsWith(prefix)) {
      next();
      return;
    }
    const file = normalize(join(root, path.slice(prefix.length)));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      next();
      return;
    }
    res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
    createReadStream(file).pipe(res);
  };
}
