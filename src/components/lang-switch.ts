/**
 * <lang-switch>: the header's link to the same page in the other language keeps the reader's place.
 * The other language has the same anchors, so the #fragment is carried over when the link is followed.
 */
class LangSwitch extends HTMLElement {
  connectedCallback(): void {
    this.querySelector('a')?.addEventListener('click', (event) => {
      const link = event.currentTarget as HTMLAnchorElement;
      if (location.hash) link.hash = location.hash;
    });
  }
}

if (!customElements.get('lang-switch')) customElements.define('lang-switch', LangSwitch);
