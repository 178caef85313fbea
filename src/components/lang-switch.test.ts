// @vitest-environment happy-dom
/**
 * The header's language switch in a DOM without layout (happy-dom): following it keeps the reader's
 * place, the #fragment of the page they are on, since both languages have the same anchors.
 */
import { afterEach, describe, expect, it } from 'vitest';
import './lang-switch.ts';

// The test stays on its page: the click is handled, then its navigation cancelled.
const stay = (event: Event) => event.preventDefault();

afterEach(() => {
  document.removeEventListener('click', stay);
  document.body.replaceChildren();
});

/** The switch as the header writes it, on the page at `path`; returns its link, clicked. */
function follow(path: string, href: string): HTMLAnchorElement {
  history.replaceState(null, '', path);
  const element = document.createElement('lang-switch');
  element.innerHTML = `<a class="lang-switch" href="${href}" hreflang="en" lang="en">English</a>`;
  document.body.append(element);
  document.addEventListener('click', stay);
  const link = element.querySelector('a')!;
  link.click();
  return link;
}

describe('<lang-switch>', () => {
  it('carries the page\'s #fragment over to the other language', () => {
    const link = follow('/ja/bulletins/ms04-015/#workarounds', '/en/bulletins/ms04-015/');
    expect(link.pathname).toBe('/en/bulletins/ms04-015/');
    expect(link.hash).toBe('#workarounds');
  });

  it('leaves the link as written where the page has no fragment', () => {
    const link = follow('/ja/bulletins/ms04-015/', '/en/bulletins/ms04-015/');
    expect(link.getAttribute('href')).toBe('/en/bulletins/ms04-015/');
  });
});
