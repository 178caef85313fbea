/**
 * <copy-button>: copies its text, its page's URL with an anchor, or another element's text, and
 * announces it. Loaded by CopyButton.astro, and by pages whose copy buttons come in rendered HTML
 * (an imported bulletin's headings).
 */
import { copyText, announce } from './clipboard.ts';

class CopyButton extends HTMLElement {
  #controller = new AbortController();

  connectedCallback() {
    this.querySelector('button')?.addEventListener('click', () => void this.copy(), { signal: this.#controller.signal });
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
