/**
 * A small static file server for dist/, on 127.0.0.1 only, the way a static
 * host serves it: directory index, 404.html, real content types, and
 * (optionally) brotli/gzip so transfer sizes match production.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type { Readable } from 'node:stream';
import { createBrotliCompress, createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|image\/svg)/;

/** One response as sent: `bytes` is the body as it went on the wire (compressed when it was), headers not counted. */
export interface SentResponse {
  path: string;
  status: number;
  encoding?: string;
  bytes: number;
}

/** A running server and the requests it saw. */
export interface StaticServer {
  origin: string;
  requests: string[];
  /** Every response in the order it finished (the benchmark sums these per phase). */
  sent: SentResponse[];
  close: () => Promise<void>;
}

/**
 * Serve `root` on 127.0.0.1 (a free port unless given). `compress` serves br/gzip when the browser asks;
 * `headers` are sent with every response (e.g. the security headers of public/_headers); `etag` adds
 * an ETag and answers a matching If-None-Match with 304, as static hosts do (a returning visitor revalidates).
 */
export async function serveStatic(
  root: string,
  {
    port = 0,
    compress = false,
    base = '/',
    headers = {} as Record<string, string>,
    etag = false,
  } = {},
): Promise<StaticServer> {
  const requests: string[] = [];
  const sent: SentResponse[] = [];
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
      const encoding =
        compress && COMPRESSIBLE.test(type)
          ? accepts.includes('br')
            ? 'br'
            : accepts.includes('gzip')
              ? 'gzip'
              : undefined
          : undefined;
      const stat = statSync(file);
      const tag = etag
        ? `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}${encoding ? `-${encoding}` : ''}"`
        : undefined;
      const record: SentResponse = {
        path: url.pathname + url.search,
        status,
        ...(encoding ? { encoding } : {}),
        bytes: 0,
      };
      res.on('finish', () => sent.push(record));
      if (tag && status === 200 && req.headers['if-none-match'] === tag) {
        record.status = 304;
        res.writeHead(304, { ...headers, etag: tag, 'cache-control': 'no-cache' }).end();
        return;
      }
      res.writeHead(status, {
        ...headers,
        'content-type': type,
        ...(encoding ? { 'content-encoding': encoding } : {}),
        ...(tag ? { etag: tag } : {}),
        'cache-control': 'no-cache',
      });
      const stream = createReadStream(file);
      const body: Readable = encoding
        ? stream.pipe(encoding === 'br' ? createBrotliCompress() : createGzip())
        : stream;
      body.on('data', (chunk: Buffer) => (record.bytes += chunk.length));
      body.pipe(res);
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
  return {
    origin,
    requests,
    sent,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
