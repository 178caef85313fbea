/// <reference types="node" />
/**
 * Site-wide gate: two builds of the same commit are byte-identical. The whole corpus takes minutes to
 * build, so this builds the quick sample (CORPUS=sample, every kind of page and every layout family)
 * twice, Astro then Pagefind: first with an empty content cache, then reusing that cache, so a page
 * built from cached content is the same as one built afresh.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../support/paths.ts';

const scratch = mkdtempSync(join(tmpdir(), 'dist-twice-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every file under `dir`, as sorted relative paths. */
const files = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();

/** Builds the sample into `outDir` with the content cache in `cacheDir`, as `npm run build` does. */
function buildSample(outDir: string, cacheDir: string): void {
  const bin = join(ROOT_DIR, 'node_modules', '.bin');
  const env = { ...process.env, CORPUS: 'sample', PATH: `${bin}:${process.env['PATH'] ?? ''}` };
  const script = `import { build } from 'astro'; await build(${JSON.stringify({ root: ROOT_DIR, outDir, cacheDir, logLevel: 'error' })});`;
  execFileSync(process.execPath, ['--input-type=module', '--eval', script], { cwd: ROOT_DIR, env, stdio: 'pipe' });
  execFileSync(join(bin, 'pagefind'), ['--site', outDir], { cwd: ROOT_DIR, env, stdio: 'pipe' });
}

describe('reproducible build', () => {
  it('a second build of the same sources, from the content cache, is byte-identical to the first', { timeout: 300_000 }, () => {
    const cache = join(scratch, 'cache');
    const first = join(scratch, 'first');
    const second = join(scratch, 'second');
    buildSample(first, cache);
    buildSample(second, cache);
    const ours = files(first);
    expect(ours.length).toBeGreaterThan(100);
    expect(files(second)).toEqual(ours);
    const different = ours.filter((f) => !readFileSync(join(first, f)).equals(readFileSync(join(second, f))));
    expect(different).toEqual([]);
  });
});
