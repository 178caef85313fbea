/// <reference types="node" />
/**
 * Layout as a reader sees it, at a desktop (1280 px) and a phone (390 px) width, measured from the
 * rendered boxes: the contents' numbers sit on the first line of their entry, each non-affected platform
 * is its own line, the title (not the contents) opens the bulletin on a phone, and a wizard opened from
 * a ticket's link shows its verdict without scrolling. Each case also leaves a screenshot in
 * test-results/layout/ for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, sharedBrowser } from '../support/browser.ts';
import { LANGS, ROOT_DIR, bulletinPath } from '../support/paths.ts';

const baseUrl = inject('baseUrl');
const { withContext } = sharedBrowser();
const SHOTS = join(ROOT_DIR, 'test-results/layout');
mkdirSync(SHOTS, { recursive: true });

const WIDTHS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
] as const;

/** Opens `path` at one viewport, runs `check`, and saves a screenshot of the first screen. */
async function atWidth(viewport: { width: number; height: number }, path: string, shot: string, check: (page: Page) => Promise<void>) {
  await withContext({ viewport }, async (context) => {
    const { page } = await openPage(context, `${baseUrl}${path}`);
    await check(page);
    await page.screenshot({ path: join(SHOTS, `${shot}-${viewport.width}.png`) });
  });
}

/**
 * The vertical extent of each list marker (the entry's number) and of the first and later lines of its
 * link, for the `li` elements matching `selector`. Markers are pseudo-elements, so their boxes come from
 * the browser's DevTools protocol, which lays them out as it paints them.
 */
async function entryGeometry(page: Page, selector: string) {
  const cdp = await page.context().newCDPSession(page);
  type Node = { nodeId: number; pseudoType?: string; children?: Node[]; pseudoElements?: Node[] };
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node };
  const byId = new Map<number, Node>();
  const walk = (node: Node) => {
    byId.set(node.nodeId, node);
    for (const child of [...(node.children ?? []), ...(node.pseudoElements ?? [])]) walk(child);
  };
  walk(root);
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
  const markers: { top: number; bottom: number }[] = [];
  for (const nodeId of nodeIds) {
    const marker = byId.get(nodeId)?.pseudoElements?.find((p) => p.pseudoType === 'marker');
    if (!marker) throw new Error(`${selector}: an entry has no number (::marker)`);
    const { model } = await cdp.send('DOM.getBoxModel', { nodeId: marker.nodeId });
    const ys = [model.border[1]!, model.border[5]!];
    markers.push({ top: Math.min(...ys), bottom: Math.max(...ys) });
  }
  const lines = await page.$$eval(`${selector} > a`, (links) =>
    links.map((link) => {
      const range = document.createRange();
      range.selectNodeContents(link);
      // One rectangle per line box of the link's text (merged per line by its top).
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      const byTop = new Map<number, { top: number; bottom: number; left: number }>();
      for (const r of rects) {
        const key = Math.round(r.top);
        const seen = byTop.get(key);
        byTop.set(key, seen ? { ...seen, left: Math.min(seen.left, r.left) } : { top: r.top, bottom: r.bottom, left: r.left });
      }
      return { text: link.textContent ?? '', lines: [...byTop.values()].sort((a, b) => a.top - b.top) };
    }),
  );
  return lines.map((entry, i) => ({ ...entry, marker: markers[i]! }));
}

describe('contents: an entry’s number is on its first line, wrapped lines indent under the text', () => {
  for (const viewport of WIDTHS) {
    it.each(LANGS)(`%s at ${viewport.width} px`, async (lang) => {
      await atWidth(viewport, bulletinPath(lang), `contents-${lang}`, async (page) => {
        const compact = viewport.width < 1024;
        if (compact) await page.locator('details.toc-compact summary').click();
        const selector = compact ? 'details.toc-compact > ol > li' : 'nav.toc table-of-contents > ol > li';
        const entries = await entryGeometry(page, selector);
        expect(entries.length).toBeGreaterThan(5);
        // The Japanese entries are long enough to wrap in the sidebar: the case that once went wrong.
        if (lang === 'ja' && !compact) expect(entries.some((e) => e.lines.length > 1), 'some entry wraps').toBe(true);
        for (const { text, marker, lines } of entries) {
          const first = lines[0]!;
          const middle = (marker.top + marker.bottom) / 2;
          expect(middle, `number of “${text}” on its first line`).toBeGreaterThanOrEqual(first.top);
          expect(middle, `number of “${text}” on its first line`).toBeLessThanOrEqual(first.bottom);
          for (const line of lines.slice(1)) expect(Math.abs(line.left - first.left), `“${text}” wraps under its text`).toBeLessThan(1.5);
        }
      });
    });
  }
});

describe('at a glance: each non-affected platform is its own line', () => {
  for (const viewport of WIDTHS) {
    it.each(LANGS)(`%s at ${viewport.width} px`, async (lang) => {
      await atWidth(viewport, bulletinPath(lang), `glance-${lang}`, async (page) => {
        const dt = lang === 'ja' ? '影響を受けないプラットフォーム' : 'Non-affected platforms';
        const items = page.locator('.glance div', { has: page.locator('dt', { hasText: dt }) }).locator('li');
        const boxes = await items.evaluateAll((lis) => lis.map((li) => li.getBoundingClientRect()).map((r) => ({ top: r.top, bottom: r.bottom })));
        expect(boxes.length).toBe(9);
        for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.top, `platform ${i + 1} starts below platform ${i}`).toBeGreaterThanOrEqual(boxes[i - 1]!.bottom - 0.5);
      });
    });
  }
});

describe('the bulletin opens with its title, not its contents', () => {
  for (const viewport of WIDTHS) {
    it.each(LANGS)(`%s at ${viewport.width} px`, async (lang) => {
      await atWidth(viewport, bulletinPath(lang), `title-${lang}`, async (page) => {
        const h1 = await page.locator('h1').boundingBox();
        expect(h1, 'the title').not.toBeNull();
        expect(h1!.y + h1!.height, 'the title is above the fold').toBeLessThanOrEqual(viewport.height);
        const compact = page.locator('details.toc-compact');
        if (viewport.width < 1024) {
          await expect.poll(() => page.locator('nav.toc').isVisible()).toBe(false);
          expect(await compact.isVisible()).toBe(true);
          expect(await compact.evaluate((d) => (d as HTMLDetailsElement).open), 'the contents start closed').toBe(false);
          const box = (await compact.boundingBox())!;
          expect(box.y, 'the contents come after the title').toBeGreaterThan(h1!.y + h1!.height);
          expect(box.height, 'closed, the contents are one line').toBeLessThan(60);
          const glance = (await page.locator('.glance').boundingBox())!;
          expect(glance.y, 'the at-a-glance box starts in the first screen').toBeLessThan(viewport.height);
        } else {
          expect(await page.locator('nav.toc').isVisible()).toBe(true);
          expect(await compact.isVisible()).toBe(false);
        }
      });
    });
  }
});

describe('the wizard opened from a ticket’s link shows its verdict first', () => {
  for (const viewport of WIDTHS) {
    it.each(LANGS)(`%s at ${viewport.width} px`, async (lang) => {
      const path = `${bulletinPath(lang)}check/?product=windows-xp-sp1&helpctr=5.1.2600.1106`;
      await atWidth(viewport, path, `wizard-${lang}`, async (page) => {
        const verdict = page.locator('[data-verdict-label]');
        await expect.poll(() => verdict.getAttribute('data-verdict')).toBe('affected');
        const box = (await verdict.boundingBox())!;
        expect(box.y, 'the verdict starts below the page title').toBeGreaterThan(0);
        expect(box.y + box.height, 'the verdict is in the first screen').toBeLessThanOrEqual(viewport.height);
        const explanation = (await page.locator('[data-verdict-explanation]').boundingBox())!;
        expect(explanation.y, 'its explanation starts in the first screen').toBeLessThan(viewport.height);
        // The answers it used, and a way to change them.
        const used = page.locator('[data-answers-used]');
        expect(await used.isVisible()).toBe(true);
        expect(await used.textContent()).toContain('Windows XP Service Pack 1');
        expect(await used.textContent()).toContain('helpctr.exe 5.1.2600.1106');
        await used.locator('a').click();
        await expect.poll(() => page.evaluate(() => location.hash)).toBe('#wizard-step1');
        expect(await page.locator('input[name="product"][value="windows-xp-sp1"]').isChecked()).toBe(true);
        // Changing an answer puts the form first again, and the verdict follows it.
        await page.locator('input[name="product"][value="windows-98"]').check();
        await expect.poll(() => verdict.getAttribute('data-verdict')).toBe('not-affected');
        expect(await used.isVisible()).toBe(false);
        const formTop = (await page.locator('#wizard-step1').boundingBox())!.y;
        expect((await verdict.boundingBox())!.y).toBeGreaterThan(formTop);
      });
    });
  }
});
