// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { remarkBulletinContent } from './src/lib/content/remark-bulletin-content.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { DEFAULT_LANG, LANGS } from './src/lib/i18n/langs.ts';

// The site's public origin, written once. Override at build time with SITE_URL.
const site = process.env.SITE_URL ?? 'https://bulletins.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Keep whitespace between tags: Pagefind reads `<dt>KB</dt><dd>KB840374</dd>` as one word otherwise.
  compressHTML: true,
  i18n: {
    // The one list of languages; the code reads it from the same module.
    locales: [...LANGS],
    defaultLocale: DEFAULT_LANG,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  markdown: {
    // Sätteri (the default) runs no remark plugins; the unified processor runs ours and remark-gfm.
    processor: unified({ remarkPlugins: [remarkGfm, remarkBulletinContent] }),
    // No code highlighting: the prose has no code blocks, and Shiki's inline styles would break the CSP.
    syntaxHighlight: false,
  },
  security: {
    // Astro hashes its own scripts and styles into a per-page policy (a <meta> tag); dist/_headers
    // carries the same policy for hosts, with what a <meta> cannot say (frame-ancestors).
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "connect-src 'self'",
      ],
      // Pagefind compiles its WebAssembly search engine in the page.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  // Scripts as files, never inlined: a few hundred bytes in each of the corpus's 14,000 pages add up,
  // and a file is cached once for all of them.
  // The search worker is a module worker: it imports Pagefind's module at run time.
  vite: { build: { assetsInlineLimit: 0 }, worker: { format: 'es' } },
  integrations: [mdx(), sitemap(), securityHeaders()],
});
