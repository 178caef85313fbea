/// <reference types="node" />
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../support/static-server.ts';

describe('static server', () => {
  let dir: string;
  let server: StaticServer;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'static-server-'));
    mkdirSync(join(dir, 'ja'));
    writeFileSync(join(dir, 'ja', 'index.html'), '<p>ja</p>');
    writeFileSync(join(dir, 'a.wasm'), 'w');
    writeFileSync(join(dir, 'b.pf_fragment'), 'f');
    writeFileSync(join(dir, '404.html'), '<p>missing</p>');
    writeFileSync(join(dir, '_headers'), "/*\n  Content-Security-Policy: default-src 'self'\n  X-Content-Type-Options: nosniff\n");
    server = await startStaticServer(dir);
  });

  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 with an OS-chosen port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it("sends the headers of the site's _headers file with every file, as a host that reads it does", async () => {
    for (const path of ['/ja/', '/a.wasm', '/missing/']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.headers.get('content-security-policy'), path).toBe("default-src 'self'");
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
  });

  it('serves a directory index as HTML', async () => {
    const response = await fetch(`${server.url}/ja/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe('<p>ja</p>');
  });

  it('redirects a directory without trailing slash', async () => {
    const response = await fetch(`${server.url}/ja`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/ja/');
  });

  it('sends wasm and Pagefind content types', async () => {
    expect((await fetch(`${server.url}/a.wasm`)).headers.get('content-type')).toBe('application/wasm');
    expect((await fetch(`${server.url}/b.pf_fragment`)).headers.get('content-type')).toBe('application/octet-stream');
  });

  it('answers 404 with 404.html, also for paths escaping the root', async () => {
    for (const path of ['/nope/', '/%2e%2e/%2e%2e/etc/passwd']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status).toBe(404);
      expect(await response.text()).toBe('<p>missing</p>');
    }
  });
});
