/// <reference types="node" />
/** axe-core in the page: the WCAG 2.2 A and AA rules, violations summarised for a readable failure. */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * The WCAG A and AA rules whose outcome depends on colours: all that can change when the page
 * switches between light and dark mode.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Runs axe on the page as it is; returns one line per violation and node, empty when clean.
 * `only: 'colour'` runs just the colour rules, for a second look at a page already checked whole in
 * the other colour scheme.
 */
export async function axeViolations(page: Page, { only }: { only?: 'colour' } = {}): Promise<string[]> {
  // Evaluated through the DevTools protocol, so the page's Content-Security-Policy does not block it.
  await page.evaluate(AXE_SOURCE);
  const runOnly = only === 'colour' ? { type: 'rule', values: COLOUR_RULES } : { type: 'tag', values: WCAG_TAGS };
  const violations = await page.evaluate(async (runOnly) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly });
    return result.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  }, runOnly);
  return violations.flatMap((v) => v.targets.map((target) => `${v.id} (${v.help}): ${target}`));
}
