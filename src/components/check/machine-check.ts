/**
 * `<machine-check>`: the check page's script. It reads a pasted systeminfo, wmic or Get-HotFix output in
 * the browser (nothing is sent anywhere), keeps the products and KB numbers in the query string so a
 * result is a link, fetches the data of the products picked (`/check/data/{product}.json`) and shows,
 * for each bulletin that affects them, whether its update is missing, installed or replaced. Every text
 * goes into the page through textContent, and every link is built from ids, never from the paste.
 */
import { announce } from '../../scripts/clipboard.ts';
import { readInventory } from '../../lib/check/inventory.ts';
import { checkMachine, type CheckProductData, type CheckResult } from '../../lib/check/needs.ts';
import { osProduct, type OsMatcher } from '../../lib/check/os-product.ts';
import { CHECK_QUESTIONS, parseCheckQuery, readKbList, serialiseCheckQuery, type CheckQuestion } from '../../lib/check/query.ts';
import type { Lang } from '../../lib/i18n/langs.ts';
import { fill } from '../../lib/i18n/template.ts';

/** What the page embeds in `data-check`. */
export interface CheckPageData {
  lang: Lang;
  /** Where the bulletin pages are: `/{lang}/bulletins/`. */
  bulletinsPath: string;
  /** The UI strings the script writes, already in the page's language. */
  strings: Record<string, string>;
  /** Severity labels in the page's language. */
  severities: Record<string, string>;
  /** The Windows products a pasted systeminfo can name (the catalog's `systeminfo` fields). */
  os: OsMatcher[];
}

const DATA_PATH = '/check/data/';
const BULLETIN_ID = /^MS\d{2}-\d{3}$/;

export class MachineCheck extends HTMLElement {
  #data!: CheckPageData;
  #form!: HTMLFormElement;
  #listening: AbortController | undefined;
  #cache = new Map<string, Promise<CheckProductData>>();
  #run = 0;

  connectedCallback() {
    const form = this.querySelector('form');
    if (!form || this.#listening) return;
    this.#data = JSON.parse(this.dataset['check'] ?? '{}') as CheckPageData;
    this.#form = form;
    this.#listening = new AbortController();
    const { signal } = this.#listening;
    form.addEventListener('submit', (event) => { event.preventDefault(); void this.#commit(true); }, { signal });
    form.querySelector('[data-read]')?.addEventListener('click', () => this.#readPaste(), { signal });
    window.addEventListener('popstate', () => void this.#restore(), { signal });
    for (const control of form.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | HTMLButtonElement>('input, select, textarea, button')) control.disabled = false;
    void this.#restore();
  }

  disconnectedCallback() {
    this.#listening?.abort();
    this.#listening = undefined;
  }

  #t(key: string, values: Record<string, string> = {}): string {
    return fill(this.#data.strings[key] ?? key, values);
  }

  #select(question: CheckQuestion): HTMLSelectElement {
    return this.#form.elements.namedItem(question) as HTMLSelectElement;
  }

  #kbField(): HTMLInputElement {
    return this.#form.elements.namedItem('kb') as HTMLInputElement;
  }

  /** The question a product answers, from the page's lists. */
  #kindOf = (id: string): string | undefined => CHECK_QUESTIONS.find((q) => [...this.#select(q).options].some((o) => o.value === id && id !== ''));

  #nameOf(id: string): string {
    for (const question of CHECK_QUESTIONS) {
      const option = [...this.#select(question).options].find((o) => o.value === id && id !== '');
      if (option) return option.textContent?.trim() ?? id;
    }
    return id;
  }

  #message(text: string, alert = false) {
    const status = this.querySelector<HTMLElement>('[data-status-message]');
    const problems = this.querySelector<HTMLElement>('[data-problems]');
    if (alert) {
      problems?.replaceChildren(Object.assign(document.createElement('p'), { textContent: text }));
    } else if (status) {
      status.textContent = text;
      announce(text);
    }
  }

  /** Reads the paste into the form: the Windows it names (where the page has it) and the KB numbers, joined to those typed. */
  #readPaste() {
    const paste = (this.#form.elements.namedItem('paste') as HTMLTextAreaElement).value;
    const inventory = readInventory(paste);
    this.querySelector('[data-problems]')?.replaceChildren();
    if (inventory.kind === 'unknown') {
      this.#message(this.#t('check.read.unknown'), true);
      return;
    }
    const typed = readKbList(this.#kbField().value).kbs;
    this.#kbField().value = [...new Set([...typed, ...inventory.kbs])].map((kb) => `KB${kb}`).join(', ');
    if (inventory.kind === 'systeminfo') {
      const product = inventory.os ? osProduct(inventory.os, this.#data.os) : undefined;
      const known = product !== undefined && this.#kindOf(product) === 'os';
      if (known) this.#select('os').value = product;
      const os = known ? this.#nameOf(product) : inventory.os?.name ?? '';
      this.#message(`${this.#t('check.read.systeminfo', { os, count: String(inventory.kbs.length) })}${known ? '' : ` ${this.#t('check.read.osUnknown')}`}`);
    } else {
      this.#message(this.#t(`check.read.${inventory.kind}`, { count: String(inventory.kbs.length) }));
    }
  }

  async #commit(focusResult: boolean) {
    const params = new URLSearchParams();
    for (const question of CHECK_QUESTIONS) params.set(question, this.#select(question).value);
    params.set('kb', this.#kbField().value);
    const query = parseCheckQuery(params);
    const search = serialiseCheckQuery(query);
    if (search !== location.search) history.pushState(null, '', location.pathname + search + location.hash);
    await this.#render(focusResult);
  }

  /** Puts the query string's state into the form and shows its result. */
  async #restore() {
    const query = parseCheckQuery(new URLSearchParams(location.search));
    for (const question of CHECK_QUESTIONS) {
      const select = this.#select(question);
      const id = query[question] ?? '';
      select.value = [...select.options].some((o) => o.value === id) ? id : '';
    }
    this.#kbField().value = query.kbs.map((kb) => `KB${kb}`).join(', ');
    await this.#render(false);
  }

  async #render(focusResult: boolean) {
    const run = ++this.#run;
    const query = parseCheckQuery(new URLSearchParams(location.search));
    const problems: string[] = [];
    for (const question of CHECK_QUESTIONS) {
      const id = query[question];
      if (id !== undefined && this.#kindOf(id) !== question) problems.push(this.#t('check.unknownProduct', { id }));
    }
    if (query.unreadKbs.length > 0) problems.push(this.#t('check.unreadKbs', { tokens: query.unreadKbs.join(', ') }));
    const products = CHECK_QUESTIONS.map((q) => query[q]).filter((id): id is string => id !== undefined && this.#kindOf(id) !== undefined);
    const hasOs = query.os !== undefined && this.#kindOf(query.os) === 'os';
    if (!hasOs && (products.length > 0 || query.kbs.length > 0)) problems.push(this.#t('check.needsOs'));
    this.querySelector('[data-problems]')?.replaceChildren(...problems.map((text) => Object.assign(document.createElement('p'), { textContent: text })));
    const result = this.querySelector<HTMLElement>('[data-result]');
    if (!result) return;
    if (!hasOs) {
      result.hidden = true;
      return;
    }
    this.#message(this.#t('check.loading'));
    let data: CheckProductData[];
    try {
      data = await Promise.all(products.map((id) => this.#load(id)));
    } catch {
      if (run === this.#run) this.#message(this.#t('check.loadFailed'), true);
      return;
    }
    if (run !== this.#run) return;
    const results = checkMachine({ products, kbs: query.kbs }, data, this.#kindOf);
    this.#show(result, results, products, query.kbs.length, data);
    if (focusResult) this.querySelector<HTMLElement>('[data-result-heading]')?.focus();
  }

  #load(id: string): Promise<CheckProductData> {
    let pending = this.#cache.get(id);
    if (!pending) {
      pending = fetch(`${DATA_PATH}${encodeURIComponent(id)}.json`).then((response) => {
        if (!response.ok) throw new Error(`${response.status}`);
        return response.json() as Promise<CheckProductData>;
      });
      pending.catch(() => this.#cache.delete(id));
      this.#cache.set(id, pending);
    }
    return pending;
  }

  #show(result: HTMLElement, results: CheckResult[], products: string[], kbCount: number, data: CheckProductData[]) {
    const names: Record<string, string> = {};
    for (const d of data) for (const [id, name] of Object.entries(d.names)) names[id] = name[this.#data.lang];
    const missing = results.filter((r) => r.status === 'missing');
    const done = results.filter((r) => r.status !== 'missing');
    const summary = this.#t('check.summary', { products: products.map((id) => this.#nameOf(id)).join(', '), count: String(results.length), kbs: String(kbCount) });
    result.querySelector('[data-summary]')!.textContent = summary;
    result.querySelector('[data-missing-heading]')!.textContent = this.#t('check.missing', { count: String(missing.length) });
    result.querySelector('[data-done-heading]')!.textContent = this.#t('check.done', { count: String(done.length) });
    result.querySelector('[data-missing]')!.replaceChildren(...missing.map((r) => this.#item(r, names)));
    result.querySelector('[data-done]')!.replaceChildren(...done.map((r) => this.#item(r, names)));
    result.querySelector<HTMLElement>('[data-nothing]')!.hidden = results.length > 0;
    const ticket = result.querySelector<HTMLElement>('[data-ticket-text]')!;
    ticket.textContent = missing.map((r) => [r.bulletin, ...r.kbs.map((kb) => `KB${kb}`)].join(' ')).join('\n');
    result.querySelector<HTMLElement>('[data-ticket]')!.hidden = missing.length === 0;
    result.hidden = false;
    this.querySelector<HTMLElement>('[data-status-message]')!.textContent = '';
    announce(summary);
  }

  #item(r: CheckResult, names: Record<string, string>): HTMLLIElement {
    const { lang, bulletinsPath, severities } = this.#data;
    const li = document.createElement('li');
    li.dataset['bulletin'] = r.bulletin;
    li.dataset['status'] = r.status;
    const heading = document.createElement('p');
    heading.className = 'check-bulletin';
    const link = document.createElement('a');
    // The id came from our own data; checked all the same before it becomes a path.
    if (BULLETIN_ID.test(r.bulletin)) link.href = `${bulletinsPath}${r.bulletin.toLowerCase()}/`;
    const strong = Object.assign(document.createElement('strong'), { textContent: r.bulletin });
    const title = r.title[lang] ?? r.title.ja;
    const titleSpan = Object.assign(document.createElement('span'), { textContent: title });
    if (!(lang in r.title)) titleSpan.lang = 'ja';
    link.append(strong, ': ', titleSpan);
    heading.append(link);
    const meta = [r.severity ? severities[r.severity] : undefined, r.published].filter(Boolean).join(' · ');
    const parts: (string | Node)[] = [];
    const statusText =
      r.status === 'installed'
        ? this.#t('check.status.installed', { kb: `KB${r.installedKb}` })
        : r.status === 'replaced'
          ? this.#t('check.status.replaced', { bulletin: r.replacedBy ?? '', kb: `KB${r.installedKb}` })
          : this.#t('check.status.missing');
    parts.push(Object.assign(document.createElement('strong'), { className: `check-status check-${r.status}`, textContent: statusText }));
    if (meta) parts.push(` · ${meta}`);
    if (r.kbs.length > 0) parts.push(` · ${this.#t('check.updateKb', { kbs: r.kbs.map((kb) => `KB${kb}`).join(', ') })}`);
    const details = document.createElement('p');
    details.append(...parts);
    li.append(heading, details);
    if (r.onlyWith.length > 0) {
      li.append(Object.assign(document.createElement('p'), { textContent: this.#t('check.onlyWith', { products: r.onlyWith.map((id) => names[id] ?? id).join(', ') }) }));
    }
    if (r.release !== undefined) {
      li.append(Object.assign(document.createElement('p'), { className: 'check-release', textContent: this.#t('check.releaseOnly', { release: r.release }) }));
    }
    const download = r.downloads.find((url) => /^https?:\/\//.test(url));
    if (r.status === 'missing' && download) {
      const a = Object.assign(document.createElement('a'), { href: download, textContent: this.#t('check.download'), rel: 'noopener noreferrer' });
      const p = document.createElement('p');
      p.append(a);
      li.append(p);
    }
    return li;
  }
}

customElements.define('machine-check', MachineCheck);
