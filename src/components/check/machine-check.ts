/**
 * `<machine-check>`: the check page's script. It reads a pasted systeminfo, wmic or Get-HotFix output in
 * the browser (nothing is sent anywhere), keeps the products and KB numbers in the query string so a
 * result is a link, fetches the data of the products picked (`/check/data/{product}.json`) and shows the
 * text for the ticket, then the updates to install (each with the bulletins it covers), those needed only
 * if a component is installed, those naming the release without a service pack, and those installed,
 * replaced or included (src/lib/check/needs.ts decides). Every text goes into the page through
 * textContent, and every link is built from ids, never from the paste.
 */
import { announce } from '../../scripts/clipboard.ts';
import { readInventory } from '../../lib/check/inventory.ts';
import { checkMachine, type CheckProductData, type CheckResult, type CheckStatus } from '../../lib/check/needs.ts';
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
  /** The paste last read, so that the main button reads a new one first. */
  #readText = '';
  /** What the paste said of the machine, for the ticket, and a warning on it that stays with the result. */
  #pasted: { host?: string; os?: string; warning?: string } = {};

  connectedCallback() {
    const form = this.querySelector('form');
    if (!form || this.#listening) return;
    this.#data = JSON.parse(this.dataset['check'] ?? '{}') as CheckPageData;
    this.#form = form;
    this.#listening = new AbortController();
    const { signal } = this.#listening;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      // What an earlier paste said of the machine goes with it.
      if (this.#pasteField().value.trim() === '') this.#pasted = {};
      // A paste not read yet is read first: the user expects the button to use what they pasted.
      if (this.#pasteField().value.trim() !== '' && this.#pasteField().value !== this.#readText && !this.#readPaste()) return;
      void this.#commit(true);
    }, { signal });
    form.querySelector('[data-read]')?.addEventListener('click', () => this.#readPaste(), { signal });
    window.addEventListener('popstate', () => { this.#pasted = {}; void this.#restore(); }, { signal });
    this.#select('os').addEventListener('change', () => { this.#pasted = {}; }, { signal });
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

  #pasteField(): HTMLTextAreaElement {
    return this.#form.elements.namedItem('paste') as HTMLTextAreaElement;
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

  /**
   * Reads the paste into the form: the Windows it names (where the page has it) and the KB numbers, joined
   * to those typed. False when the paste is none of the outputs the page reads (it says so).
   */
  #readPaste(): boolean {
    const paste = this.#pasteField().value;
    const inventory = readInventory(paste);
    this.#readText = paste;
    this.querySelector('[data-problems]')?.replaceChildren();
    if (inventory.kind === 'unknown') {
      this.#message(this.#t('check.read.unknown'), true);
      return false;
    }
    this.#pasted = { ...(inventory.host ? { host: inventory.host } : {}), ...(inventory.os ? { os: inventory.os.name } : {}) };
    const typed = readKbList(this.#kbField().value).kbs;
    this.#kbField().value = [...new Set([...typed, ...inventory.kbs])].map((kb) => `KB${kb}`).join(', ');
    if (inventory.kind === 'systeminfo') {
      const product = inventory.os ? osProduct(inventory.os, this.#data.os) : undefined;
      const known = product !== undefined && this.#kindOf(product) === 'os';
      if (known) this.#select('os').value = product;
      const os = known ? this.#nameOf(product) : inventory.os?.name ?? '';
      this.#message(`${this.#t('check.read.systeminfo', { os, count: String(inventory.kbs.length) })}${known ? '' : ` ${this.#t('check.read.osUnknown')}`}`);
      // Some updates are listed without a number ("File 1"): what the check calls missing may be installed.
      if (inventory.declared !== undefined && inventory.declared > inventory.kbs.length) {
        this.#pasted.warning = this.#t('check.read.more', { declared: String(inventory.declared), read: String(inventory.kbs.length) });
        this.#message(this.#pasted.warning, true);
      }
    } else {
      this.#message(this.#t(`check.read.${inventory.kind}`, { count: String(inventory.kbs.length) }));
    }
    return true;
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
    if (this.#pasted.warning) problems.push(this.#pasted.warning);
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
    const of = (...statuses: CheckStatus[]) => results.filter((r) => statuses.includes(r.status));
    const missing = of('missing');
    const covered = of('covered');
    const conditional = of('conditional');
    const checkServicePack = of('check-service-pack');
    const done = of('installed', 'replaced', 'included');
    const byId = new Map(results.map((r) => [r.bulletin, r]));
    // The bulletins that list the products as affected: not those the service pack includes, which name it not.
    const listing = results.length - of('included').length;
    const summary = this.#t('check.summary', { products: products.map((id) => this.#nameOf(id)).join(', '), count: String(listing), kbs: String(kbCount) });
    const counts = { updates: String(missing.length), bulletins: String(missing.length + covered.length) };
    result.querySelector('[data-summary]')!.textContent = summary;
    result.querySelector('[data-install-heading]')!.textContent = this.#t('check.install', counts);
    result.querySelector('[data-conditional-heading]')!.textContent = this.#t('check.conditional', { count: String(conditional.length) });
    result.querySelector('[data-check-service-pack-heading]')!.textContent = this.#t('check.checkServicePack', { count: String(checkServicePack.length) });
    result.querySelector('[data-done-heading]')!.textContent = this.#t('check.done', { count: String(done.length) });
    result.querySelector('[data-install]')!.replaceChildren(...missing.map((r) => this.#item(r, names, r.covers.map((id) => byId.get(id)!))));
    result.querySelector('[data-conditional]')!.replaceChildren(...conditional.map((r) => this.#item(r, names)));
    result.querySelector('[data-check-service-pack]')!.replaceChildren(...checkServicePack.map((r) => this.#item(r, names)));
    result.querySelector('[data-done]')!.replaceChildren(...done.map((r) => this.#item(r, names)));
    // A group with nothing in it is not shown.
    for (const [name, items] of [['conditional', conditional], ['check-service-pack', checkServicePack], ['done', done]] as const) {
      for (const element of result.querySelectorAll<HTMLElement>(`[data-group="${name}"]`)) element.hidden = items.length === 0;
    }
    result.querySelector<HTMLElement>('[data-nothing]')!.hidden = results.length > 0;
    result.querySelector<HTMLElement>('[data-ticket-text]')!.textContent = this.#ticket(missing, conditional.length, checkServicePack.length, counts, products[0]!, kbCount);
    result.hidden = false;
    this.querySelector<HTMLElement>('[data-status-message]')!.textContent = '';
    announce(summary);
  }

  /** The ticket's text: the machine, what to install with its severity and what it covers, and the caveats. */
  #ticket(missing: CheckResult[], conditional: number, checkServicePack: number, counts: Record<string, string>, os: string, kbCount: number): string {
    const { severities } = this.#data;
    const lines = [
      ...(this.#pasted.host ? [this.#t('check.ticket.machine', { host: this.#pasted.host })] : []),
      this.#t('check.ticket.os', { os: this.#nameOf(os) }),
      this.#t('check.ticket.date', { date: localDate(new Date()), kbs: String(kbCount) }),
      '',
      ...(missing.length > 0 ? [this.#t('check.ticket.install', counts)] : [this.#t('check.ticket.nothing')]),
      ...missing.map((r) => {
        const line = [r.bulletin, ...r.kbs.map((kb) => `KB${kb}`), ...(r.severity ? [`(${severities[r.severity]})`] : [])].join(' ');
        return r.covers.length > 0 ? `- ${line}; ${this.#t('check.ticket.covers', { bulletins: r.covers.join(', ') })}` : `- ${line}`;
      }),
      ...(conditional > 0 ? [this.#t('check.ticket.conditional', { count: String(conditional) })] : []),
      ...(checkServicePack > 0 ? [this.#t('check.ticket.checkServicePack', { count: String(checkServicePack) })] : []),
      '',
      this.#t('check.ticket.link', { url: location.href }),
    ];
    return lines.join('\n');
  }

  #item(r: CheckResult, names: Record<string, string>, covered: CheckResult[] = []): HTMLLIElement {
    const { lang, bulletinsPath, severities } = this.#data;
    const li = document.createElement('li');
    li.dataset['bulletin'] = r.bulletin;
    li.dataset['status'] = r.status;
    if (r.coveredBy) li.dataset['coveredBy'] = r.coveredBy;
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
    const statusText = this.#t(`check.status.${r.status}`, {
      kb: `KB${r.installedKb ?? ''}`,
      bulletin: r.replacedBy ?? r.coveredBy ?? '',
      product: r.products.map((id) => this.#nameOf(id)).join(', '),
    });
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
    if (covered.length > 0) {
      const list = Object.assign(document.createElement('ul'), { className: 'check-covered' });
      list.append(...covered.map((c) => this.#item(c, names)));
      li.append(Object.assign(document.createElement('p'), { textContent: this.#t('check.covers') }), list);
    }
    return li;
  }
}

/** The reader's own date (the ticket's "checked"), not UTC's: YYYY-MM-DD. */
function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

customElements.define('machine-check', MachineCheck);
