/** Writes dist/sitemap.xml after the build, from the pages Astro built, leaving out `noindex` pages. */
import { readFile, writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { buildSitemap, toPath } from '../lib/site/sitemap.ts';

export function sitemap(): AstroIntegration {
  let site = '';
  return {
    name: 'bulletin-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
      },
      'astro:build:done': async ({ pages, dir, logger }) => {
        const indexable: string[] = [];
        for (const { pathname } of pages) {
          const file = new URL(`.${toPath(pathname)}index.html`, dir);
          const html = await readFile(file, 'utf8').catch(() => '');
          if (html && !/<meta name="robots" content="noindex"/.test(html)) indexable.push(pathname);
        }
        await writeFile(new URL('sitemap.xml', dir), buildSitemap(site, indexable));
        logger.info(`sitemap.xml: ${indexable.length} pages`);
      },
    },
  };
}
