/// <reference types="node" />
/**
 * The ways in by identifier, in real Chromium. Every KB, CVE (and CAN), product and index page and the
 * home page load cleanly in both languages and link only to pages that exist. The home page's box
 * routes each form of each identifier, and without JavaScript it submits to search while the KB and
 * CAN pages still lead on. A build that includes the synthetic fixture bulletin shows it on the right
 * KB, CVE and product pages, and the published build has no trace of it.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cveIndex, kbIndex } from '../../src/lib/identifiers/identifiers.ts';
import { loadContent, type SourceFile } from '../../src/lib/content/load.ts';
import { productFacts } from '../../src/lib/content/bulletin-facts.ts';
import { t } from '../../src/lib/i18n/translate.ts';
import { bulletinPath, cveIndexPath, cvePath, homePath, kbIndexPath, kbPath, productIndexPath, productPath, verdictPath } from '../../src/lib/urls.ts';
import { openPage, sharedBrowser } from '../support/browser.ts';
import { anchorHrefs } from '../support/html.ts';
import { LANGS, ROOT_DIR, type Lang } from '../support/paths.ts';
import type { StaticServer } from '../support/static-server.ts';
import { FIXTURE_FAMILY, MS04_015, MS99_001, expectedVerdict } from '../support/contract.ts';
import { serveFixtureSite } from '../support/fixture-site.ts';
import { readCorpusProducts } from '../../src/lib/products/corpus-products.ts';

const FIXTURE = MS99_001;

async function source(file: string): Promise<SourceFile> {
  return { file, text: await readFile(join(ROOT_DIR, file), 'utf8') };
}

/** The published content, read as the build reads it: the pages a reader can reach by identifier. */
async function publishedSite() {
  const folders = await readdir(join(ROOT_DIR, 'content/bulletins'));
  return loadContent(
    await source('content/products.yaml'),
    await Promise.all(folders.map((folder) => source(`content/bulletins/${folder}/bulletin.yaml`))),
  );
}

function identifierPages(site: Awaited<ReturnType<typeof publishedSite>>, lang: Lang): string[] {
  const cves = cveIndex(site.bulletins);
  return [
    homePath(lang),
    kbIndexPath(lang),
    cveIndexPath(lang),
    productIndexPath(lang),
    ...kbIndex(site.bulletins).map(({ kb }) => kbPath(lang, kb)),
    ...cves.flatMap(({ cve, aliases }) => [cve, ...aliases].map((id) => cvePath(lang, id))),
    ...site.products.map((p) => productPath(lang, p.id)),
  ];
}

/** The identifier pages that send the reader on at once: KB pages with one bulletin, CAN pages. */
function redirectingPages(site: Awaited<ReturnType<typeof publishedSite>>, lang: Lang): string[] {
  return [
    ...kbIndex(site.bulletins).filter(({ bulletins }) => bulletins.length === 1).map(({ kb }) => kbPath(lang, kb)),
    ...cveIndex(site.bulletins).flatMap(({ aliases }) => aliases.map((alias) => cvePath(lang, alias))),
  ];
}

/** Checks every same-site link of the given pages against a server: each answers 200, and each #fragment exists there. */
async function brokenLinks(origin: string, pages: readonly string[]): Promise<string[]> {
  const htmlOf = new Map<string, Promise<{ status: number; html: string }>>();
  const fetchPage = (path: string) => {
    let result = htmlOf.get(path);
    if (!result) {
      result = fetch(new URL(path, origin)).then(async (response) => ({ status: response.status, html: await response.text() }));
      htmlOf.set(path, result);
    }
    return result;
  };
  const broken: string[] = [];
  for (const page of pages) {
    const { html } = await fetchPage(page);
    for (const href of anchorHrefs(html)) {
      const target = new URL(href, new URL(page, origin));
      if (target.origin !== origin) continue;
      const { status, html: targetHtml } = await fetchPage(target.pathname + target.search);
      if (status !== 200) broken.push(`${page} → ${href}: HTTP ${status}`);
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (status === 200 && fragment && !targetHtml.includes(`id="${fragment}"`)) broken.push(`${page} → ${href}: no element with that id`);
    }
  }
  return broken;
}

/** The home page's identifier box: the search landmark with its own name (the header has another). */
const identifierBox = (page: Page, lang: Lang) => page.getByRole('search', { name: t(lang, 'ids.boxLabel'), exact: true });

/** Types `text` into the home page's identifier box, submits it, and returns where the browser lands. */
async function submitIdentifier(page: Page, origin: string, lang: Lang, text: string): Promise<URL> {
  await page.goto(new URL(homePath(lang), origin).href, { waitUntil: 'load' });
  const box = identifierBox(page, lang);
  await box.getByRole('searchbox').fill(text);
  const home = new URL(homePath(lang), origin).href;
  await Promise.all([page.waitForURL((url) => url.href !== home, { waitUntil: 'commit' }), box.getByRole('searchbox').press('Enter')]);
  return new URL(page.url());
}

/**
 * Where the box sends each text, without loading the destinations: each navigation it starts is
 * recorded and stopped, so the home page stays for the next text (that every destination exists is
 * checked above; submitIdentifier follows whole navigations).
 */
async function routesFromBox(page: Page, origin: string, lang: Lang, texts: readonly string[]): Promise<string[]> {
  const home = new URL(homePath(lang), origin).href;
  await page.route(
    (url) => url.href !== home,
    (route) => (route.request().isNavigationRequest() ? route.abort('aborted') : route.continue()),
  );
  await page.goto(home, { waitUntil: 'load' });
  const input = identifierBox(page, lang).getByRole('searchbox');
  const routes: string[] = [];
  for (const text of texts) {
    const navigation = page.waitForRequest((request) => request.isNavigationRequest() && request.frame() === page.mainFrame());
    await input.fill(text);
    await input.press('Enter');
    const target = new URL((await navigation).url());
    routes.push(target.pathname + target.search);
  }
  expect(page.url(), 'the home page stayed').toBe(home);
  return routes;
}

const baseUrl = inject('baseUrl');
const site = await publishedSite();
const shared = sharedBrowser();
const { withContext } = shared;

describe.each(LANGS)('%s identifier pages', (lang) => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await shared.browser.newContext();
  });
  afterAll(async () => {
    await context?.close();
  });

  it('include the KB, CVE and CAN pages of MS04-015', () => {
    expect(identifierPages(site, lang)).toEqual(
      expect.arrayContaining([kbPath(lang, '840374'), cvePath(lang, 'CVE-2004-0199'), cvePath(lang, 'CAN-2004-0199')]),
    );
  });

  const redirecting = new Set(redirectingPages(site, lang));
  // Two at a time: most of a page's time here is waiting for its network to go quiet.
  it.concurrent.for(identifierPages(site, lang))('%s loads with HTTP 200, no console errors, no page errors and no failed requests', async (path, { expect }) => {
    const { page, response, problems } = await openPage(context, new URL(path, baseUrl).href);
    expect(response?.status(), `${path}: status`).toBe(200);
    // A page that redirects at once leaves before its late requests (the favicon) finish: Chromium
    // cancels them (ERR_ABORTED). That is the redirect working; any other failure still counts.
    const failedRequests = redirecting.has(path) ? problems.failedRequests.filter((r) => !r.endsWith('net::ERR_ABORTED')) : problems.failedRequests;
    expect({ ...problems, failedRequests }, `${path}: problems while loading`).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
    await page.close();
  });

  it('link only to pages (and anchors) that exist', async () => {
    expect(await brokenLinks(baseUrl, identifierPages(site, lang))).toEqual([]);
  });

  it('give every product every bulletin verdict, linked to its verdict page', async () => {
    const page = await context.newPage();
    try {
      for (const product of site.products) {
        await page.goto(new URL(productPath(lang, product.id), baseUrl).href);
        expect(await page.locator('h1').innerText()).toBe(product.name[lang]);
        const verdicts = await page.$$eval('#verdicts-section [data-bulletin]', (blocks) =>
          blocks.map((block) => {
            const verdict = block.querySelector<HTMLAnchorElement>('[data-verdict]');
            return [(block as HTMLElement).dataset['bulletin'], verdict?.dataset['verdict'], verdict ? new URL(verdict.href).pathname : undefined];
          }),
        );
        // Every bulletin, newest first; a verdict (linked to its page) wherever the bulletin names the product.
        const expected = site.bulletins.map((b) => {
          const status = productFacts(b).get(product.id)?.status;
          return [b.id, status, status && verdictPath(lang, b.id, product.id)];
        });
        expect(verdicts, product.id).toEqual(expected);
      }
      // MS04-015 names every product in the catalog, so every product page has at least its verdict.
      expect(site.products.every((p) => productFacts(site.bulletins.find((b) => b.id === 'MS04-015')!).has(p.id))).toBe(true);
    } finally {
      await page.close();
    }
  });
});

describe('the identifier box', () => {
  /** Each identifier the content has, in the forms people type it, and the page it leads to. */
  function forms(lang: Lang): [string, string][] {
    const bulletinForms = site.bulletins.flatMap((b): [string, string][] => [
      [b.id, bulletinPath(lang, b.id)],
      [b.id.toLowerCase(), bulletinPath(lang, b.id)],
    ]);
    const kbForms = kbIndex(site.bulletins).flatMap(({ kb, bulletins }): [string, string][] => {
      const target = bulletins.length === 1 ? bulletinPath(lang, bulletins[0]!.id) : kbPath(lang, kb);
      return [[`KB${kb}`, target], [`kb${kb}`, target], [`KB ${kb}`, target], [kb, target]];
    });
    const cveForms = cveIndex(site.bulletins).flatMap(({ cve, aliases }) =>
      [cve, ...aliases].flatMap((id): [string, string][] => [
        [id, cvePath(lang, cve)],
        [id.toLowerCase(), cvePath(lang, cve)],
      ]),
    );
    const productForms = site.products.flatMap((p): [string, string][] => {
      const names = [...new Set([p.id, p.name.ja, p.name.en, p.name.en.replace(/Service Pack (\d+\w?)/, 'SP$1')])];
      return names.map((name) => [name, productPath(lang, p.id)]);
    });
    return [...bulletinForms, ...kbForms, ...cveForms, ...productForms, ['Windows XP SP1', productPath(lang, 'windows-xp-sp1')]];
  }

  it.each(LANGS)('%s: routes each form of each identifier to its page (Chromium, JavaScript on)', async (lang) => {
    await withContext({}, async (context) => {
      const cases = forms(lang);
      const routes = await routesFromBox(await context.newPage(), baseUrl, lang, cases.map(([text]) => text));
      expect(cases.map(([text], i) => `${JSON.stringify(text)} → ${routes[i]}`)).toEqual(cases.map(([text, expected]) => `${JSON.stringify(text)} → ${expected}`));
      // And whole navigations land there, for one form of each kind.
      const page = await context.newPage();
      for (const [text, expected] of [cases.find(([t]) => t.startsWith('KB'))!, cases.find(([t]) => t.startsWith('CAN'))!, ['Windows XP SP1', productPath(lang, 'windows-xp-sp1')]] as const) {
        const landed = await submitIdentifier(page, baseUrl, lang, text);
        expect(landed.pathname, text).toBe(expected);
      }
    });
  });

  it.each(LANGS)('%s: sends anything else to the search page', async (lang) => {
    await withContext({}, async (context) => {
      const page = await context.newPage();
      for (const text of ['helpctr.exe', 'our XP SP1 machines', 'KB999999', 'ヘルプとサポート']) {
        const landed = await submitIdentifier(page, baseUrl, lang, text);
        expect([landed.pathname, landed.searchParams.get('q')], text).toEqual([`/${lang}/search/`, text]);
      }
    });
  });

  it.each(LANGS)('%s: without JavaScript, submits to the search page as a plain form', async (lang) => {
    await withContext({ javaScriptEnabled: false }, async (context) => {
      const page = await context.newPage();
      for (const text of ['KB840374', 'Windows XP SP1']) {
        const landed = await submitIdentifier(page, baseUrl, lang, text);
        expect([landed.pathname, landed.searchParams.get('q')], text).toEqual([`/${lang}/search/`, text]);
      }
    });
  });
});

describe('KB and CAN pages without JavaScript', () => {
  it.each(LANGS)('%s: lead on to the bulletin and the CVE page', async (lang) => {
    await withContext({ javaScriptEnabled: false }, async (context) => {
      const page = await context.newPage();
      for (const { kb, bulletins } of kbIndex(site.bulletins)) {
        await page.goto(new URL(kbPath(lang, kb), baseUrl).href, { waitUntil: 'commit' });
        const target = bulletins.length === 1 ? bulletinPath(lang, bulletins[0]!.id) : kbPath(lang, kb);
        await page.waitForURL((url) => url.pathname === target, { timeout: 10_000 });
      }
      for (const { cve, aliases } of cveIndex(site.bulletins)) {
        for (const alias of aliases) {
          await page.goto(new URL(cvePath(lang, alias), baseUrl).href, { waitUntil: 'commit' });
          await page.waitForURL((url) => url.pathname === cvePath(lang, cve), { timeout: 10_000 });
        }
      }
    });
  });

  it('point their canonical link at the page they stand for', async () => {
    const canonicalOf = async (path: string) => {
      const html = await (await fetch(new URL(path, baseUrl))).text();
      return new URL(/<link rel="canonical" href="([^"]+)"/.exec(html)?.[1] ?? '').pathname;
    };
    expect(await canonicalOf(kbPath('ja', '840374'))).toBe(bulletinPath('ja', 'MS04-015'));
    expect(await canonicalOf(cvePath('en', 'CAN-2004-0199'))).toBe(cvePath('en', 'CVE-2004-0199'));
    expect(await canonicalOf(cvePath('en', 'CVE-2004-0199'))).toBe(cvePath('en', 'CVE-2004-0199'));
  });

  it('stay out of the sitemap, which lists the pages they stand for', async () => {
    const sitemap = await (await fetch(new URL('/sitemap.xml', baseUrl))).text();
    const listed = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
    for (const lang of LANGS) {
      for (const path of redirectingPages(site, lang)) expect(listed.has(path), path).toBe(false);
      for (const path of [cvePath(lang, 'CVE-2004-0199'), productPath(lang, 'windows-xp-sp1'), kbIndexPath(lang)]) expect(listed.has(path), path).toBe(true);
    }
  });
});

describe('a second, synthetic bulletin (test/fixtures/content/bulletins/ms99-001)', () => {
  let server: StaticServer;
  let context: BrowserContext;

  beforeAll(async () => {
    server = await serveFixtureSite(inject('fixtureDir'));
    context = await shared.browser.newContext();
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  const open = async (path: string) => {
    const opened = await openPage(context, new URL(path, server.url).href);
    expect(opened.response?.status(), path).toBe(200);
    return opened.page;
  };

  it.each(LANGS)('%s: its KB page leads to it, and it alone', async (lang) => {
    const page = await open(kbPath(lang, FIXTURE.kb));
    await page.waitForURL((url) => url.pathname === bulletinPath(lang, FIXTURE.id), { timeout: 10_000 });
    const html = await (await fetch(new URL(kbPath(lang, FIXTURE.kb), server.url))).text();
    const bulletinLinks = anchorHrefs(html).filter((href) => href.includes('/bulletins/'));
    expect(bulletinLinks).toEqual([bulletinPath(lang, FIXTURE.id)]);
    await page.close();
  });

  it.each(LANGS)('%s: the CVE page lists both bulletins that fix CVE-2004-0199', async (lang) => {
    const page = await open(cvePath(lang, 'CVE-2004-0199'));
    const claims = await page.$$eval('[data-bulletin]', (sections) => sections.map((s) => (s as HTMLElement).dataset['bulletin']));
    expect(claims).toEqual(['MS04-015', FIXTURE.id]);
    await expect.poll(() => page.locator(`[data-bulletin="${FIXTURE.id}"]`).innerText()).toContain(lang === 'ja' ? 'テスト用の架空の脆弱性' : 'Synthetic test vulnerability');
    await page.close();
  });

  it.each(LANGS)('%s: the product pages give its verdicts beside MS04-015’s', async (lang) => {
    const verdictsOn = async (product: string) => {
      const page = await open(productPath(lang, product));
      const rows = await page.$$eval('#verdicts-section [data-bulletin]', (blocks) =>
        blocks.map((block) => [
          (block as HTMLElement).dataset['bulletin'],
          block.querySelector<HTMLElement>('[data-verdict]')?.dataset['verdict'] ?? 'unlisted',
          (block as HTMLElement).innerText,
        ]),
      );
      await page.close();
      return rows;
    };
    // Each bulletin's contract verdict, or unlisted where the bulletin does not name the product.
    const expected = (product: string) =>
      [MS04_015, FIXTURE].map((b) => [b.id, expectedVerdict(b, product) === 'unknown' ? 'unlisted' : expectedVerdict(b, product)]);
    const win2000 = await verdictsOn('windows-2000-sp4');
    expect(win2000.map(([id, verdict]) => [id, verdict])).toEqual(expected('windows-2000-sp4'));
    expect(win2000.map(([id, verdict]) => [id, verdict])).toEqual([['MS04-015', 'not-affected'], [FIXTURE.id, 'affected']]);
    expect(win2000[1]![2]).toContain(FIXTURE.affected['windows-2000-sp4']!.fixed);
    expect((await verdictsOn('windows-xp-sp1')).map(([id, verdict]) => [id, verdict])).toEqual([['MS04-015', 'affected'], [FIXTURE.id, 'not-affected']]);
    expect((await verdictsOn('windows-me')).map(([id, verdict]) => [id, verdict])).toEqual(expected('windows-me'));
    expect(expected('windows-me')).toEqual([['MS04-015', 'not-affected'], [FIXTURE.id, 'unlisted']]);
    // A product of a family only the fixtures have: MS04-015 does not name it.
    const [browserProduct, { fixed }] = Object.entries(FIXTURE.affected).find(([id]) => id.startsWith(FIXTURE_FAMILY.id))!;
    const onBrowser = await verdictsOn(browserProduct);
    expect(onBrowser.map(([id, verdict]) => [id, verdict])).toEqual([['MS04-015', 'unlisted'], [FIXTURE.id, 'affected']]);
    expect(onBrowser[1]![2]).toContain(`${FIXTURE.keyFile} ${fixed}`);
  });

  it.each(LANGS)('%s: the products pages list the fixture family under its declared label, after the real ones', async (lang) => {
    const page = await open(productIndexPath(lang));
    const families = await page.$$eval('[data-family]', (sections) => sections.map((s) => [(s as HTMLElement).dataset['family'], s.querySelector('h2')?.textContent]));
    expect(families.at(-1)).toEqual([FIXTURE_FAMILY.id, FIXTURE_FAMILY.label[lang]]);
    // The real families: the curated catalog's, then the corpus's, in the order their files give.
    expect(families.slice(0, -1).map(([id]) => id)).toEqual(readCorpusProducts(ROOT_DIR).data!.families.map((f) => f.id));
    const links = await page.locator(`[data-family="${FIXTURE_FAMILY.id}"] a`).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(FIXTURE_FAMILY.products.map((id) => productPath(lang, id)));
    await page.close();
    const product = await open(productPath(lang, FIXTURE_FAMILY.products[0]));
    expect(await product.locator(`main a[href="${productIndexPath(lang)}#family-${FIXTURE_FAMILY.id}"]`).textContent()).toBe(FIXTURE_FAMILY.label[lang]);
    await product.close();
  });

  it.each(LANGS)('%s: the home page and the KB index list it, and the box finds it', async (lang) => {
    const home = await (await fetch(new URL(homePath(lang), server.url))).text();
    expect(anchorHrefs(home)).toContain(bulletinPath(lang, FIXTURE.id));
    const kbs = await (await fetch(new URL(kbIndexPath(lang), server.url))).text();
    expect(anchorHrefs(kbs)).toContain(kbPath(lang, FIXTURE.kb));
    const page = await context.newPage();
    expect((await submitIdentifier(page, server.url, lang, `KB${FIXTURE.kb}`)).pathname).toBe(bulletinPath(lang, FIXTURE.id));
    await page.close();
  });

  it('links only to pages that exist there', async () => {
    const pages = LANGS.flatMap((lang) => [
      homePath(lang),
      kbIndexPath(lang),
      kbPath(lang, FIXTURE.kb),
      cvePath(lang, 'CVE-2004-0199'),
      productPath(lang, 'windows-2000-sp4'),
      productPath(lang, 'windows-me'),
      productIndexPath(lang),
      ...FIXTURE_FAMILY.products.map((id) => productPath(lang, id)),
    ]);
    expect(await brokenLinks(server.url, pages)).toEqual([]);
  });

  it('leaves no trace in the published build (dist/)', async () => {
    const distDir = inject('distDir');
    const files = (await readdir(distDir, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile() && /\.(html|js|css|json|xml|txt)$/.test(entry.name))
      .map((entry) => join(entry.parentPath, entry.name));
    expect(files.length).toBeGreaterThan(0);
    const traces: string[] = [];
    for (const file of files) {
      const text = (await readFile(file, 'utf8')).toLowerCase();
      if ([FIXTURE.id.toLowerCase(), `kb${FIXTURE.kb}`, FIXTURE_FAMILY.id, FIXTURE.keyFile].some((trace) => text.includes(trace))) traces.push(file);
    }
    expect(traces).toEqual([]);
  });
});
