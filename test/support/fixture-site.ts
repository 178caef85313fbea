/// <reference types="node" />
/**
 * The site built with the synthetic fixtures (BULLETIN_FIXTURES=1), built once per test run and shared
 * by the test files that need it: the global setup hands every file the same empty folder, and the
 * first file to ask builds into it (files run one at a time). The build goes through Astro's build()
 * so its content cache lives in that folder too: a build running at the same time in this checkout
 * never shares it.
 */
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT_DIR } from './paths.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';

async function buildWithFixtures(dir: string): Promise<void> {
  const script = `import { build } from 'astro'; await build(${JSON.stringify({ root: ROOT_DIR, outDir: join(dir, 'dist'), cacheDir: join(dir, 'cache') })});`;
  const child = spawn(process.execPath, ['--input-type=module', '--eval', script], {
    cwd: ROOT_DIR,
    env: { ...process.env, BULLETIN_FIXTURES: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  if (code !== 0) throw new Error(`The build with fixtures failed (exit ${code}):\n${output.slice(-4000)}`);
}

/** Serves the fixture build in `dir` (the global setup's `fixtureDir`), building it first if no file has yet. */
export async function serveFixtureSite(dir: string): Promise<StaticServer> {
  // Written once a build has finished, so a build that failed half-way is never served.
  const done = join(dir, 'built');
  if (!existsSync(done)) {
    await buildWithFixtures(dir);
    writeFileSync(done, '');
  }
  return startStaticServer(join(dir, 'dist'));
}
