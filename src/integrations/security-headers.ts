/** Writes dist/_headers after the build: the merged page policies plus the static security headers. */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { HEADER_ONLY_DIRECTIVES, headersFile, mergePolicies, metaPolicy } from '../lib/site/security-headers.ts';

export function securityHeaders(): AstroIntegration {
  return {
    name: 'bulletin-security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
        const policies: string[] = [];
        for (const file of files) {
          const policy = metaPolicy(await readFile(`${root}/${file}`, 'utf8'));
          if (!policy) throw new Error(`${file} has no Content-Security-Policy <meta>. Every page must have one.`);
          policies.push(policy);
        }
        await writeFile(new URL('_headers', dir), headersFile(mergePolicies(policies, HEADER_ONLY_DIRECTIVES)));
        logger.info(`_headers: one policy for ${files.length} pages`);
      },
    },
  };
}
