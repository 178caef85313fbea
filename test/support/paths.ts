/// <reference types="node" />
/** Where things are on disk and on the site, shared by the setup and the tests. */
import { accessSync, constants } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../../src/lib/i18n/langs.ts';

export const ROOT_DIR = fileURLToPath(new URL('../../', import.meta.url));

/** The built site. TEST_DIST_DIR lets the harness itself be tried against a fake build elsewhere. */
export const DIST_DIR = process.env['TEST_DIST_DIR'] ?? join(ROOT_DIR, 'dist');

/** The single source of facts: the unmodified Japanese original. */
export const SOURCE_PATH = join(ROOT_DIR, 'content/bulletins/ms04-015/source.ja.md');

// The site's one list of languages.
export { LANGS, type Lang } from '../../src/lib/i18n/langs.ts';

/** URL path of the bulletin page in `lang` (trailingSlash: 'always'). */
export function bulletinPath(lang: Lang): string {
  return `/${lang}/bulletins/ms04-015/`;
}

/** The built HTML file behind `bulletinPath(lang)`. */
export function bulletinFile(distDir: string, lang: Lang): string {
  return join(distDir, lang, 'bulletins', 'ms04-015', 'index.html');
}

export const CHROMIUM_MISSING =
  'Chromium not found: install it with "apt-get install chromium" (Debian) or set CHROMIUM_PATH.';

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** CHROMIUM_PATH when set (and only it, so a typo is not silently replaced), else the usual Debian paths. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const fromEnv = env['CHROMIUM_PATH'];
  const candidates = fromEnv ? [fromEnv] : CHROMIUM_CANDIDATES;
  return candidates.find(isExecutable);
}
