/// <reference types="node" />
/**
 * Global setup of the `browser` project: checks the prerequisites with one-line
 * messages, serves dist/ over HTTP and hands the URL and Chromium path to the tests.
 */
import { statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_MISSING, DIST_DIR, findChromium } from './paths.ts';
import { startStaticServer } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the static server serving dist/, e.g. `http://127.0.0.1:41234`. */
    baseUrl: string;
    /** Absolute path of the Chromium executable. */
    chromiumPath: string;
    /** Absolute path of the built site. */
    distDir: string;
    /** An empty folder for this run's build with the test fixtures (test/support/fixture-site.ts). */
    fixtureDir: string;
  }
}

/**
 * Stops the run with just `message`. A thrown error would be printed by Vitest after a
 * misleading "No test files found" report plus a stack trace pointing here.
 */
function stop(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!isDirectory(DIST_DIR)) {
    stop(`No built site at ${DIST_DIR}: run npm run build first.`);
  }
  const chromiumPath = findChromium();
  if (chromiumPath === undefined) stop(CHROMIUM_MISSING);

  const server = await startStaticServer(DIST_DIR);
  project.provide('baseUrl', server.url);
  project.provide('chromiumPath', chromiumPath);
  project.provide('distDir', DIST_DIR);
  const fixtureDir = await mkdtemp(join(tmpdir(), 'bulletin-fixtures-'));
  project.provide('fixtureDir', fixtureDir);
  return async () => {
    await server.close();
    await rm(fixtureDir, { recursive: true, force: true });
  };
}
