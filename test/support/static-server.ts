/// <reference types="node" />
/**
 * A tiny static file server for dist/ (node:http only, no dependency), behaving like a
 * plain static host: directory → index.html, 404 with dist/404.html when present, and the headers of
 * dist/_headers (the site's Content-Security-Policy among them) with every file and the 404 page, as
 * hosts that read that file send them.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readHeadersFile } from '../../src/lib/site/security-headers.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  // Pagefind's index files are opaque binaries.
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

export function contentType(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface StaticServer {
  /** Origin without trailing slash, e.g. `http://127.0.0.1:41234`. */
  url: string;
  close(): Promise<void>;
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}

/** Text is gzipped for clients that accept it, as static hosts do, so measured transfer sizes are real. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/;

function send(req: IncomingMessage, res: ServerResponse, status: number, type: string, body: Buffer | string, siteHeaders: Record<string, string> = {}): void {
  let bytes = typeof body === 'string' ? Buffer.from(body) : body;
  const headers: Record<string, string | number> = { ...siteHeaders, 'content-type': type, 'cache-control': 'no-store', vary: 'accept-encoding' };
  if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    bytes = gzipSync(bytes);
    headers['content-encoding'] = 'gzip';
  }
  headers['content-length'] = bytes.length;
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : bytes);
}

async function handle(root: string, siteHeaders: Record<string, string>, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(req, res, 405, 'text/plain; charset=utf-8', 'Method Not Allowed');
    return;
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    send(req, res, 400, 'text/plain; charset=utf-8', 'Bad Request');
    return;
  }
  let file = resolve(root, `.${pathname}`);
  // Never serve outside dist/ (e.g. /../package.json).
  const inside = file === root || file.startsWith(root + sep);
  if (inside && (await isDirectory(file))) {
    if (!pathname.endsWith('/')) {
      // Like static hosts do, so relative links resolve against the directory.
      res.writeHead(301, { location: `${url.pathname}/${url.search}` });
      res.end();
      return;
    }
    file = join(file, 'index.html');
  }
  if (inside && (await isFile(file))) {
    send(req, res, 200, contentType(file), await readFile(file), siteHeaders);
    return;
  }
  const notFoundPage = join(root, '404.html');
  if (await isFile(notFoundPage)) {
    send(req, res, 404, CONTENT_TYPES['.html'] ?? 'text/html', await readFile(notFoundPage), siteHeaders);
  } else {
    send(req, res, 404, 'text/plain; charset=utf-8', 'Not Found');
  }
}

/** Serves `rootDir` on 127.0.0.1 with a port chosen by the OS. */
export async function startStaticServer(rootDir: string): Promise<StaticServer> {
  const root = resolve(rootDir);
  const headersPath = join(root, '_headers');
  const siteHeaders = (await isFile(headersPath)) ? readHeadersFile(await readFile(headersPath, 'utf8')) : {};
  const server = createServer((req, res) => {
    handle(root, siteHeaders, req, res).catch((error: unknown) => {
      if (!res.headersSent) send(req, res, 500, 'text/plain; charset=utf-8', String(error));
      else res.destroy();
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done, fail) => {
        // Browsers keep connections alive; drop them so close() does not wait for their timeout.
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}
