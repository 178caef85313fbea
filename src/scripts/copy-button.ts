/**
 * <copy-button>: copies its text, its page's URL with an anchor, or another element's text, and
 * announces it. Loaded by CopyButton.astro, and by pages whose copy buttons come in rendered HTML
 * (an imported bulletin's headings).
 */
import { copyText, announce } from './clipboard.ts';
import { fill } from '../lib/i18n/template.ts';

/** The strings a page gives once for the copy-link buttons in its rendered HTML (see COPY_STRINGS in src/lib/corpus/present.ts). */
interface CopyStrings {
  link: string;
  linkTo: string;
  copied: string;
}

class CopyButton extends HTMLElement {
  #controller = new AbortController();

  connectedCallback() {
    const button = this.querySelector('button') ?? this.#makeButton();
    button?.addEventListener('click', () => void this.copy(), { signal: this.#controller.signal });
  }

  /**
   * A copy-link button of an imported bulletin comes without its <button>: this makes it, named after
   * its heading, with the strings its page gives once on `[data-copy-strings]`.
   */
  #makeButton(): HTMLButtonElement | undefined {
    let strings: CopyStrings;
    try {
      strings = JSON.parse(this.closest<HTMLElement>('[data-copy-strings]')?.dataset['copyStrings'] ?? '') as CopyStrings;
    } catch {
      return undefined;
    }
    const title = (this.previousElementSibling?.textContent ?? '').trim();
    const button = Object.assign(document.createElement('button'), { type: 'button', textContent: strings.link });
    button.setAttribute('aria-label', fill(strings.linkTo, { title }));
    this.dataset['copied'] ??= strings.copied;
    this.append(button);
    return button;
  }

  disconnectedCallback() {
    this.#controller.abort();
    this.#controller = new AbortController();
  }

  async copy() {
    const { text, anchor, from, copied = '' } = this.dataset;
    const value =
      text ??
      (anchor !== undefined ? `${location.origin}${location.pathname}#${anchor}` : undefined) ??
      (from ? (document.getElementById(from)?.textContent ?? '').trim() : '');
    if (await copyText(value)) announce(copied);
  }
}
if (!customElements.get('copy-button')) customElements.define('copy-button', CopyButton);
