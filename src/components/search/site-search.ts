/**
 * <site-search>: the search page's behaviour. Reads `q` from the URL and keeps the URL in step while
 * typing (so a search is a link for a ticket), loads Pagefind on first use, ranks the sections, renders
 * the results and says how many there are in the status region.
 */
import { pageDocFromFragment, type PageDoc } from '../../lib/search/fragment.ts';
import { planQuery, type SynonymEntry } from '../../lib/search/plan.ts';
import { rankSections } from '../../lib/search/rank.ts';
import { findPages, pageResults, type PagefindFragment, type PagefindLike } from '../../lib/search/pagefind.ts';
import { resultItem } from './render.ts';

interface Strings {
  searching: string;
  countOne: string;
  countMany: string;
  none: string;
  noneHint: string;
  also: string;
  missing: string;
  error: string;
  documentTitle: string;
}

const fill = (template: string, vars: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));

// Stored by this page's setting, read by the header's `/` shortcut (src/components/SiteHeader.astro).
const SHORTCUT_KEY = 'search-shortcut';

// Pagefind keeps each page's fragment; keep each page's sections with it, so a page is read once.
const docs = new WeakMap<PagefindFragment, PageDoc>();
function docOf(fragment: PagefindFragment): PageDoc {
  let doc = docs.get(fragment);
  if (!doc) docs.set(fragment, (doc = pageDocFromFragment(fragment)));
  return doc;
}

let pagefindLoad: Promise<PagefindLike & { options(o: object): Promise<void>; init(): Promise<void> }> | undefined;
/** Pagefind's script and index, fetched the first time they are needed and then reused. */
function loadPagefind() {
  pagefindLoad ??= (async () => {
    const url = new URL('/pagefind/pagefind.js', location.origin).href;
    const pagefind = await import(/* @vite-ignore */ url);
    // Short excerpts: the page builds its own from the section text.
    // On the main thread: the index is small, and a worker would be one more script to download.
    await pagefind.options({ excerptLength: 24, noWorker: true });
    await pagefind.init();
    return pagefind;
  })();
  pagefindLoad.catch(() => (pagefindLoad = undefined));
  return pagefindLoad;
}

class SiteSearch extends HTMLElement {
  #seq = 0;
  #statusTimer = 0;
  #searchTimer = 0;
  #typedAt = 0;
  #baseTitle = document.title;

  connectedCallback() {
    const input = this.querySelector<HTMLInputElement>('input[type="search"]')!;
    const form = this.querySelector('form')!;
    const results = this.querySelector<HTMLOListElement>('.search-results')!;
    const strings = JSON.parse(this.dataset['strings'] ?? '{}') as Strings;
    const synonyms = JSON.parse(this.dataset['synonyms'] ?? '[]') as SynonymEntry[];
    const excerptLength = this.dataset['lang'] === 'ja' ? 90 : 180;

    const run = async (query: string) => {
      const seq = ++this.#seq;
      const status = this.querySelector<HTMLElement>('.search-status')!;
      const notes = this.querySelector<HTMLElement>('.search-notes')!;
      window.clearTimeout(this.#statusTimer);
      document.title = query ? `${fill(strings.documentTitle, { query })} - ${this.#baseTitle}` : this.#baseTitle;
      if (query.trim() === '') {
        results.replaceChildren();
        notes.hidden = true;
        status.textContent = '';
        this.dataset['state'] = 'idle';
        return;
      }
      this.dataset['state'] = 'searching';
      // Say "searching" only when it takes a while, so a fast answer is announced once.
      this.#statusTimer = window.setTimeout(() => (status.textContent = strings.searching), 400);
      try {
        const plan = planQuery(query, synonyms);
        const pagefind = await loadPagefind();
        const { fragments, via } = await findPages(pagefind, plan);
        if (seq !== this.#seq) return;
        const outcome = rankSections(fragments.map(docOf), plan, { excerptLength });
        const shown = outcome.results.length > 0 || via !== 'terms' ? outcome.results : pageResults(fragments);
        results.replaceChildren(...shown.flatMap((result, i) => resultItem(result, i) ?? []));
        const lines = [
          outcome.expanded.length > 0 ? fill(strings.also, { terms: outcome.expanded.join(', ') }) : '',
          outcome.missing.length > 0 ? fill(strings.missing, { terms: outcome.missing.join(', ') }) : '',
        ].filter(Boolean);
        notes.textContent = lines.join(' ');
        notes.hidden = lines.length === 0;
        const count = results.children.length;
        const message =
          count === 0
            ? `${fill(strings.none, { query })} ${strings.noneHint}`
            : fill(count === 1 ? strings.countOne : strings.countMany, { count, query });
        window.clearTimeout(this.#statusTimer);
        // The count goes to the status region a moment after typing stops, so it is read once.
        const settle = Math.max(0, 500 - (performance.now() - this.#typedAt));
        this.#statusTimer = window.setTimeout(() => {
          status.textContent = message;
        }, settle);
        this.dataset['state'] = 'done';
        this.dataset['query'] = query;
        this.dataset['count'] = String(count);
        // Time from the last keystroke (or the page's start) to results on screen, for the tests.
        performance.measure('search:results', { start: this.#typedAt, end: performance.now() });
      } catch (error) {
        if (seq !== this.#seq) return;
        window.clearTimeout(this.#statusTimer);
        status.textContent = strings.error;
        this.dataset['state'] = 'error';
        console.error(error);
      }
    };

    const sync = () => {
      const url = new URL(location.href);
      if (input.value.trim() === '') url.searchParams.delete('q');
      else url.searchParams.set('q', input.value);
      history.replaceState(history.state, '', url);
    };

    input.addEventListener('input', () => {
      this.#typedAt = performance.now();
      sync();
      window.clearTimeout(this.#searchTimer);
      this.#searchTimer = window.setTimeout(() => void run(input.value), 120);
    });
    // Fetch Pagefind while the reader is still typing.
    input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#typedAt = performance.now();
      sync();
      window.clearTimeout(this.#searchTimer);
      void run(input.value);
    });

    // Arrow keys move between the box and the results; Tab works as everywhere.
    const links = () => [...results.querySelectorAll<HTMLAnchorElement>('.search-result-title a')];
    input.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown' && !event.isComposing && links().length > 0) {
        event.preventDefault();
        links()[0]!.focus();
      }
    });
    results.addEventListener('keydown', (event) => {
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
      const all = links();
      const at = all.indexOf(document.activeElement as HTMLAnchorElement);
      if (at === -1) return;
      event.preventDefault();
      const next = event.key === 'ArrowDown' ? all[at + 1] : at === 0 ? input : all[at - 1];
      next?.focus();
    });

    // The `/` shortcut can be turned off (WCAG 2.1.4), here where it is explained.
    const settings = this.querySelector<HTMLElement>('.search-settings');
    const toggle = settings?.querySelector<HTMLInputElement>('input[type="checkbox"]');
    if (settings && toggle) {
      try {
        toggle.checked = localStorage.getItem(SHORTCUT_KEY) !== 'off';
        toggle.addEventListener('change', () => localStorage.setItem(SHORTCUT_KEY, toggle.checked ? 'on' : 'off'));
        settings.hidden = false;
      } catch {
        // No storage (private mode): the shortcut stays on and the setting stays hidden.
      }
    }

    const query = new URLSearchParams(location.search).get('q') ?? '';
    if (query !== '') {
      input.value = query;
      this.#typedAt = 0;
      void run(query);
    }
  }
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
