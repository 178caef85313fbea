/**
 * <identifier-box>: routes the typed identifier itself, with the table of every identifier fetched on
 * first use (it covers the whole corpus, too large to carry in the page). If anything is amiss, the form
 * submits to search as it does without JavaScript.
 */
import { routeIdentifier, type IdentifierTable } from '../../lib/identifiers/identifiers.ts';
import { isLang, type Lang } from '../../lib/i18n/langs.ts';
import { isSitePath } from '../../lib/urls.ts';

/**
 * Where the box sends `text`: the page it names, or search (routeIdentifier decides). Nothing without
 * the table, or where the table would lead off this site: the form then submits to search itself.
 */
export function identifierDestination(table: IdentifierTable | undefined, lang: Lang, text: string): string | undefined {
  const path = table ? routeIdentifier(table, lang, text) : undefined;
  return path && isSitePath(path) ? path : undefined;
}

class IdentifierBox extends HTMLElement {
  #table: Promise<IdentifierTable | undefined> | undefined;
  #controller = new AbortController();

  table(): Promise<IdentifierTable | undefined> {
    this.#table ??= fetch(this.dataset['tableUrl'] ?? '')
      .then((response) => (response.ok ? (response.json() as Promise<IdentifierTable>) : undefined))
      .catch(() => undefined);
    return this.#table;
  }

  connectedCallback(): void {
    const form = this.querySelector('form');
    const input = this.querySelector('input');
    const lang = this.dataset['lang'];
    if (!form || !input || !isLang(lang)) return;
    const { signal } = this.#controller;
    // Fetching as soon as the reader starts typing hides the wait.
    input.addEventListener('focus', () => void this.table(), { signal, once: true });
    form.addEventListener('submit', async (event) => {
      if (form.dataset['routed'] === 'search') return;
      event.preventDefault();
      const path = identifierDestination(await this.table(), lang, input.value);
      if (path) {
        location.assign(path);
      } else {
        form.dataset['routed'] = 'search';
        form.submit();
      }
    }, { signal });
  }

  disconnectedCallback(): void {
    this.#controller.abort();
  }
}

if (!customElements.get('identifier-box')) customElements.define('identifier-box', IdentifierBox);
