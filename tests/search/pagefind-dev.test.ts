/** `npm run dev` serves the last build's search index under the base path, and nothing outside it. */
import { createServer } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { pagefindDevMiddleware } from '../../src/integrations/pagefind-dev.ts';

const out = mkdtempSync(join(tmpdir(), 'fdf-pagefind-dev-'));
mkdirSync(join(out, 'pagefind'));
writeFileSync(join(out, 'pagefind/pagefind.js'), 'export const x = 1;');
writeFileSync(join(out, 'secret.txt'), 'no');
afterAll(() => rmSync(out, { recursive: true, force: true }));

it('serves <base>pagefind/* from the build folder, passes everything else on', async () => {
  const middleware = pagefindDevMiddleware(out, '/sub');
  const server = createServer((req, res) =>
    middleware(req, res, () => res.writeHead(404).end('next')),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const get = (path: string) =>
    fetch(`http://127.0.0.1:${port}${path}`).then(async (r) => [
      r.status,
      r.headers.get('content-type'),
      await r.text(),
    ]);
  try {
    expect(await get('/sub/pagefind/pagefind.js')).toEqual([
      200,
      'text/javascript',
      'export const x = 1;',
    ]);
    expect((await get('/pagefind/pagefind.js'))[0]).toBe(404);
    expect((await get('/sub/pagefind/../secret.txt'))[0]).toBe(404);
    expect((await get('/sub/pagefind/%2e%2e/secret.txt'))[0]).toBe(404);
    expect((await get('/sub/pagefind/missing.js'))[0]).toBe(404);
  } finally {
    server.close();
  }
});
