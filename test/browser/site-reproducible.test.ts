/// <reference types="node" />
/**
 * Site-wide gate: two builds of the same commit are byte-identical. Builds the site again into a
 * temporary folder (Astro, then Pagefind) and compares every file with dist/.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { ROOT_DIR } from '../support/paths.ts';

const distDir = inject('distDir');
const again = mkdtempSync(join(tmpdir(), 'dist-again-'));
afterAll(() => rmSync(again, { recursive: true, force: true }));

/** Every file under `dir`, as sorted relative paths. */
const files = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();

describe('reproducible build', () => {
  it('a second build of the same sources is byte-identical to dist/', { timeout: 240_000 }, () => {
    const bin = join(ROOT_DIR, 'node_modules', '.bin');
    const env = { ...process.env, PATH: `${bin}:${process.env['PATH'] ?? ''}` };
    execFileSync(join(bin, 'astro'), ['build', '--outDir', again], { cwd: ROOT_DIR, env, stdio: 'pipe' });
    execFileSync(join(bin, 'pagefind'), ['--site', again], { cwd: ROOT_DIR, env, stdio: 'pipe' });
    const ours = files(distDir);
    expect(files(again)).toEqual(ours);
    const different = ours.filter((f) => !readFileSync(join(distDir, f)).equals(readFileSync(join(again, f))));
    expect(different).toEqual([]);
  });
});
