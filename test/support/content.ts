/// <reference types="node" />
/** The content as the build reads it, for unit tests: the published site, or with the synthetic fixtures joined. */
import { readFileSync } from 'node:fs';
import { productFacts } from '../../src/lib/content/bulletin-facts.ts';
import { loadContent, type SiteContent, type SourceFile } from '../../src/lib/content/load.ts';
import { wizardFacts, type WizardFacts } from '../../src/lib/verdict/wizard-facts.ts';
import type { Lang } from '../../src/schemas/common.ts';

/** A content file by its path from the project root (the tests run there, as the build does). */
export function readSource(file: string): SourceFile {
  return { file, text: readFileSync(file, 'utf8') };
}

/** The published content: the real catalog and MS04-015. */
export function publishedContent(): SiteContent {
  return loadContent(readSource('content/products.yaml'), [readSource('content/bulletins/ms04-015/bulletin.yaml')]);
}

/** The content of a BULLETIN_FIXTURES=1 build: the fixture catalog joined, MS99-001 beside MS04-015. */
export function contentWithFixtures(): SiteContent {
  return loadContent(
    [readSource('content/products.yaml'), readSource('test/fixtures/content/products.yaml')],
    [readSource('content/bulletins/ms04-015/bulletin.yaml'), readSource('test/fixtures/content/bulletins/ms99-001/bulletin.yaml')],
  );
}

/** What the wizard of bulletin `id` knows in `lang`, as its page builds it. */
export function wizardFactsOf(site: SiteContent, id: string, lang: Lang, wizardUrl = `https://example.org/${lang}/bulletins/${id.toLowerCase()}/check/`): WizardFacts {
  const bulletin = site.bulletins.find((b) => b.id === id);
  if (!bulletin) throw new Error(`No bulletin ${id} in the test content.`);
  return wizardFacts(bulletin, productFacts(bulletin), site.products, lang, wizardUrl);
}
