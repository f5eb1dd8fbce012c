/**
 * A small static file server for dist/, on 127.0.0.1 only, the way a static
 * host serves it: directory index, 404.html, real content types, and
 * (optionally) brotli/gzip so transfer sizes match production.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createBrotliCompress, createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8', '.csv': 'text/csv; charset=utf-8', '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream', '.pf_meta': 'application/octet-stream', '.pf_index': 'application/octet-stream', '.pf_fragment': 'application/octet-stream', '.pf_filter': 'application/octet-stream',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|image\/svg)/;

/** A running server and the requests it saw. */
export interface StaticServer {
  origin: string;
  requests: string[];
  close: () => Promise<void>;
}

/**
 * Serve `root` on 127.0.0.1 (a free port unless given). `compress` serves br/gzip when the browser asks;
 * `headers` are sent with every response (e.g. the security headers of public/_headers).
 */
export async function serveStatic(root: string, { port = 0, compress = false, base = '/', headers = {} as Record<string, string> } = {}): Promise<StaticServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname + url.search);
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(base)) return notFound();
    path = normalize(join(root, path.slice(base.length)));
    if (!path.startsWith(root)) return notFound();
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) return notFound();
    send(path, 200);

    function notFound(): void {
      const page = join(root, '404.html');
      if (existsSync(page)) send(page, 404);
      else res.writeHead(404).end('not found');
    }
    function send(file: string, status: number): void {
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const accepts = String(req.headers['accept-encoding'] ?? '');
      const encoding = compress && COMPRESSIBLE.test(type) ? (accepts.includes('br') ? 'br' : accepts.includes('gzip') ? 'gzip' : undefined) : undefined;
      res.writeHead(status, { ...headers, 'content-type': type, ...(encoding ? { 'content-encoding': encoding } : {}), 'cache-control': 'no-cache' });
      const stream = createReadStream(file);
      (encoding ? stream.pipe(encoding === 'br' ? createBrotliCompress() : createGzip()) : stream).pipe(res);
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
  return { origin, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
