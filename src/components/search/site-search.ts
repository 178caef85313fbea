/**
 * <site-search>: the search page's behaviour. Reads `q` from the URL and keeps the URL in step while
 * typing (so a search is a link for a ticket), has the search worker find and rank the sections
 * (Pagefind loads there on first use), renders the results and says how many there are in the status
 * region. `data-state` says where it is: `idle`, `searching`, `done` (with `data-query` and
 * `data-count`) or `error`.
 */
import type { SynonymEntry } from '../../lib/search/plan.ts';
import { addressFor, bulletinFromSearch, queryFromSearch } from './address.ts';
import { fill } from '../../lib/i18n/template.ts';
import { fromBox, fromResult, type FocusTarget } from './keyboard.ts';
import { documentTitle, notesMessage, statusMessage, type SearchStrings } from './messages.ts';
import { resultItem } from './render.ts';
import { searchClient } from './search-client.ts';

// Stored by this page's setting, read by the header's `/` shortcut (src/components/SiteHeader.astro).
const SHORTCUT_KEY = 'search-shortcut';
/** Typing pauses this long before a search runs. */
const TYPING_PAUSE_MS = 120;
/** "Searching" is said only when a search takes this long, so a fast answer is announced once. */
const SEARCHING_AFTER_MS = 400;
/** The count goes to the status region this long after typing stops, so it is read once. */
const SETTLE_MS = 500;

/** Pagefind and the ranking, in a worker made on first use (search-worker.ts). */
const searcher = searchClient(() => new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' }));

class SiteSearch extends HTMLElement {
  #seq = 0;
  #statusTimer = 0;
  #searchTimer = 0;
  #typedAt = 0;
  #baseTitle = document.title;
  #listeners: AbortController | undefined;

  get #input() {
    return this.querySelector<HTMLInputElement>('input[type="search"]')!;
  }
  get #results() {
    return this.querySelector<HTMLOListElement>('.search-results')!;
  }
  get #status() {
    return this.querySelector<HTMLElement>('.search-status')!;
  }
  get #links() {
    return [...this.#results.querySelectorAll<HTMLAnchorElement>('.search-result-title a')];
  }
  get #lang(): string {
    return this.dataset['lang'] ?? document.documentElement.lang;
  }
  get #strings(): SearchStrings {
    return JSON.parse(this.dataset['strings'] ?? '{}') as SearchStrings;
  }

  connectedCallback() {
    this.#listeners = new AbortController();
    const { signal } = this.#listeners;
    this.#listenToBox(signal);
    this.#listenToArrowKeys(signal);
    this.#offerShortcutSetting(signal);
    this.#showScope();
    const query = queryFromSearch(location.search);
    if (query !== '') {
      this.#input.value = query;
      this.#typedAt = 0;
      void this.#run(query);
    }
  }

  disconnectedCallback() {
    this.#listeners?.abort();
    window.clearTimeout(this.#searchTimer);
    window.clearTimeout(this.#statusTimer);
    // A search still under way finds itself outdated and shows nothing.
    this.#seq++;
  }

  /** Searches as the reader types (after a pause) and at once on submit; Pagefind loads on first focus. */
  #listenToBox(signal: AbortSignal) {
    const input = this.#input;
    input.addEventListener(
      'input',
      () => {
        this.#typed();
        this.#searchTimer = window.setTimeout(() => void this.#run(input.value), TYPING_PAUSE_MS);
      },
      { signal },
    );
    // Fetch Pagefind while the reader is still typing.
    input.addEventListener('focus', () => searcher.warm(this.#lang), { once: true, signal });
    this.querySelector('form')!.addEventListener(
      'submit',
      (event) => {
        event.preventDefault();
        this.#typed();
        void this.#run(input.value);
      },
      { signal },
    );
  }

  /** A keystroke or submit: the URL follows the box, and a pending search is replaced. */
  #typed() {
    this.#typedAt = performance.now();
    history.replaceState(history.state, '', addressFor(location.href, this.#input.value));
    window.clearTimeout(this.#searchTimer);
  }

  /**
   * A search limited to one bulletin (`&bulletin=ms04-015`, the link a bulletin page offers) says so,
   * with a link to search everything. Typing keeps the limit: the address keeps its other parameters.
   */
  #showScope() {
    const bulletin = bulletinFromSearch(location.search);
    const scope = this.querySelector<HTMLElement>('.search-scope');
    if (!bulletin || !scope) return;
    scope.querySelector('.search-scope-text')!.textContent = fill(scope.dataset['template'] ?? '', { id: bulletin.toUpperCase() });
    const everywhere = scope.querySelector('a');
    if (everywhere) everywhere.href = addressFor(`${location.origin}${location.pathname}`, this.#input.value || queryFromSearch(location.search)).href;
    scope.hidden = false;
  }

  #listenToArrowKeys(signal: AbortSignal) {
    this.#input.addEventListener(
      'keydown',
      (event) => {
        const target = fromBox(event.key, event.isComposing, this.#links.length);
        if (target === null) return;
        event.preventDefault();
        this.#focus(target);
      },
      { signal },
    );
    this.#results.addEventListener(
      'keydown',
      (event) => {
        const links = this.#links;
        const target = fromResult(event.key, links.indexOf(document.activeElement as HTMLAnchorElement), links.length);
        if (target === null) return;
        event.preventDefault();
        if (target !== 'stay') this.#focus(target);
      },
      { signal },
    );
  }

  #focus(target: FocusTarget) {
    (target === 'box' ? this.#input : this.#links[target])?.focus();
  }

  /** The `/` shortcut can be turned off (WCAG 2.1.4), here where it is explained. */
  #offerShortcutSetting(signal: AbortSignal) {
    const settings = this.querySelector<HTMLElement>('.search-settings');
    const toggle = settings?.querySelector<HTMLInputElement>('input[type="checkbox"]');
    if (!settings || !toggle) return;
    try {
      toggle.checked = localStorage.getItem(SHORTCUT_KEY) !== 'off';
      toggle.addEventListener('change', () => localStorage.setItem(SHORTCUT_KEY, toggle.checked ? 'on' : 'off'), { signal });
      settings.hidden = false;
    } catch {
      // No storage (private mode): the shortcut stays on and the setting stays hidden.
    }
  }

  async #run(query: string) {
    const seq = ++this.#seq;
    const strings = this.#strings;
    const results = this.#results;
    const status = this.#status;
    const notes = this.querySelector<HTMLElement>('.search-notes')!;
    window.clearTimeout(this.#statusTimer);
    document.title = documentTitle(strings, query, this.#baseTitle);
    if (query.trim() === '') {
      results.replaceChildren();
      notes.hidden = true;
      status.textContent = '';
      this.dataset['state'] = 'idle';
      return;
    }
    this.dataset['state'] = 'searching';
    this.#statusTimer = window.setTimeout(() => (status.textContent = strings.searching), SEARCHING_AFTER_MS);
    try {
      const synonyms = JSON.parse(this.dataset['synonyms'] ?? '[]') as SynonymEntry[];
      const commonWords = JSON.parse(this.dataset['commonWords'] ?? '{}') as Record<string, number>;
      const lang = this.#lang;
      const excerptLength = lang === 'ja' ? 90 : 180;
      const bulletin = bulletinFromSearch(location.search);
      const identifiers = this.dataset['identifiers'];
      const answer = await searcher.search(query, { lang, synonyms, commonWords, excerptLength, ...(identifiers ? { identifiers } : {}), ...(bulletin ? { bulletin } : {}) });
      if (seq !== this.#seq) return;
      results.replaceChildren(...answer.results.flatMap((result, i) => resultItem(result, i) ?? []));
      const note = notesMessage(strings, answer);
      notes.textContent = note;
      notes.hidden = note === '';
      const count = results.children.length;
      window.clearTimeout(this.#statusTimer);
      const message = statusMessage(strings, count, query);
      this.#statusTimer = window.setTimeout(() => (status.textContent = message), Math.max(0, SETTLE_MS - (performance.now() - this.#typedAt)));
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
  }
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
