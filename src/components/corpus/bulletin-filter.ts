/**
 * <bulletin-filter>: filters a bulletin list in place by severity and family. The controls stay
 * hidden and disabled until this runs; the choice is kept in the query string.
 */
import { fill } from '../../lib/i18n/template.ts';
import { rowMatches } from '../../lib/corpus/list-filter.ts';

class BulletinFilter extends HTMLElement {
  #controller = new AbortController();

  connectedCallback(): void {
    const form = this.querySelector('form');
    if (!form) return;
    const selects = [...form.querySelectorAll('select')];
    const params = new URLSearchParams(location.search);
    for (const select of selects) {
      const wanted = params.get(select.name) ?? '';
      if ([...select.options].some((o) => o.value === wanted)) select.value = wanted;
      select.disabled = false;
    }
    form.hidden = false;
    form.addEventListener('change', () => this.apply(true), { signal: this.#controller.signal });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.apply(true);
    }, { signal: this.#controller.signal });
    this.apply(false);
  }

  disconnectedCallback(): void {
    this.#controller.abort();
  }

  apply(remember: boolean): void {
    const form = this.querySelector('form')!;
    const chosen = { severity: (form.elements.namedItem('severity') as HTMLSelectElement).value, family: (form.elements.namedItem('family') as HTMLSelectElement).value };
    let shown = 0;
    for (const row of this.querySelectorAll<HTMLLIElement>('li[data-severity]')) {
      const match = rowMatches({ severity: row.dataset['severity'] ?? '', families: row.dataset['families'] ?? '' }, chosen);
      row.hidden = !match;
      if (match) shown++;
    }
    for (const group of this.querySelectorAll<HTMLElement>('.list-group')) {
      group.hidden = !group.querySelector('li[data-severity]:not([hidden])');
    }
    const status = this.querySelector<HTMLElement>('.list-status');
    if (status) status.textContent = shown === 0 ? (status.dataset['none'] ?? '') : fill(status.dataset['countTemplate'] ?? '', { count: shown });
    if (remember) {
      const url = new URL(location.href);
      for (const [name, value] of Object.entries(chosen)) {
        if (value) url.searchParams.set(name, value);
        else url.searchParams.delete(name);
      }
      history.replaceState(null, '', url);
    }
  }
}

if (!customElements.get('bulletin-filter')) customElements.define('bulletin-filter', BulletinFilter);
