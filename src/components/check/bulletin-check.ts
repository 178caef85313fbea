/**
 * `<bulletin-check>`: an imported bulletin's "am I affected?" form. It keeps the product and the KB
 * numbers in the query string (`?product={id}&kb={n},{n}`), so a verdict is a link, reads a pasted
 * systeminfo, wmic or Get-HotFix output in the browser only, and shows the verdict of
 * src/lib/check/bulletin-verdict.ts. Every text goes in through textContent.
 */
import { importedVerdict, type BulletinCheckData, type ImportedVerdict } from '../../lib/check/bulletin-verdict.ts';
import { readInventory } from '../../lib/check/inventory.ts';
import { readKbList } from '../../lib/check/query.ts';
import type { Lang } from '../../lib/i18n/langs.ts';
import { fill } from '../../lib/i18n/template.ts';

/** What the page embeds in `data-check`. */
export interface BulletinCheckPageData {
  lang: Lang;
  data: BulletinCheckData;
  /** The bulletin's title in the page's language (Japanese for imported bulletins). */
  title: string;
  strings: Record<string, string>;
}

export class BulletinCheck extends HTMLElement {
  #page!: BulletinCheckPageData;
  #form!: HTMLFormElement;
  #listening: AbortController | undefined;

  connectedCallback() {
    const form = this.querySelector('form');
    if (!form || this.#listening) return;
    this.#page = JSON.parse(this.dataset['check'] ?? '{}') as BulletinCheckPageData;
    this.#form = form;
    this.#listening = new AbortController();
    const { signal } = this.#listening;
    form.addEventListener('submit', (event) => { event.preventDefault(); this.#commit(true); }, { signal });
    form.addEventListener('change', (event) => { if ((event.target as HTMLInputElement).name === 'product') this.#commit(false); }, { signal });
    form.querySelector('[data-read]')?.addEventListener('click', () => this.#readPaste(), { signal });
    window.addEventListener('popstate', () => this.#restore(), { signal });
    for (const control of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLButtonElement>('input, textarea, button')) control.disabled = false;
    this.#restore();
  }

  disconnectedCallback() {
    this.#listening?.abort();
    this.#listening = undefined;
  }

  #t(key: string, values: Record<string, string> = {}): string {
    return fill(this.#page.strings[key] ?? key, values);
  }

  #kbField(): HTMLInputElement {
    return this.#form.elements.namedItem('kb') as HTMLInputElement;
  }

  #readPaste() {
    const inventory = readInventory((this.#form.elements.namedItem('paste') as HTMLTextAreaElement).value);
    const problems = this.querySelector('[data-problems]');
    if (inventory.kind === 'unknown') {
      problems?.replaceChildren(Object.assign(document.createElement('p'), { textContent: this.#t('check.read.unknown') }));
      return;
    }
    problems?.replaceChildren();
    const typed = readKbList(this.#kbField().value).kbs;
    this.#kbField().value = [...new Set([...typed, ...inventory.kbs])].map((kb) => `KB${kb}`).join(', ');
    const status = this.querySelector<HTMLElement>('[data-status-message]');
    if (status) status.textContent = this.#t(inventory.kind === 'systeminfo' ? 'check.read.systeminfo' : `check.read.${inventory.kind}`, { os: inventory.os?.name ?? '', count: String(inventory.kbs.length) });
  }

  #commit(focus: boolean) {
    const product = (this.#form.querySelector<HTMLInputElement>('input[name="product"]:checked'))?.value ?? '';
    const { kbs } = readKbList(this.#kbField().value);
    const search = new URLSearchParams();
    if (product) search.set('product', product);
    if (kbs.length > 0) search.set('kb', kbs.join(','));
    const query = search.toString().replace(/%2C/g, ',');
    const url = location.pathname + (query ? `?${query}` : '');
    if (url !== location.pathname + location.search) history.pushState(null, '', url);
    this.#render();
    if (focus) this.querySelector<HTMLElement>('[data-result-heading]')?.focus();
  }

  #restore() {
    const params = new URLSearchParams(location.search);
    const product = params.get('product') ?? '';
    for (const radio of this.#form.querySelectorAll<HTMLInputElement>('input[name="product"]')) radio.checked = radio.value === product;
    const { kbs } = readKbList(params.getAll('kb').join(','));
    this.#kbField().value = kbs.map((kb) => `KB${kb}`).join(', ');
    this.#render();
  }

  #render() {
    const params = new URLSearchParams(location.search);
    const productId = params.get('product');
    const result = this.querySelector<HTMLElement>('[data-result]')!;
    const problems = this.querySelector('[data-problems]')!;
    const { kbs, unread } = readKbList(params.getAll('kb').join(','));
    problems.replaceChildren(...(unread.length > 0 ? [Object.assign(document.createElement('p'), { textContent: fill(this.#page.strings['check.unreadKbs'] ?? '', { tokens: unread.join(', ') }) })] : []));
    if (!productId) {
      result.hidden = true;
      return;
    }
    const { data, lang } = this.#page;
    const verdict = importedVerdict(data, productId, params.has('kb') ? kbs : undefined);
    const product = data.products.find((p) => p.id === productId);
    const name = product?.name[lang] ?? productId;
    const explanation = this.#explain(verdict, name);
    const label = this.#t(`status.verdict.${verdict.verdict}`);
    const box = result.querySelector<HTMLElement>('[data-verdict-box]')!;
    box.dataset['verdict'] = verdict.verdict;
    box.textContent = label;
    result.querySelector('[data-explanation]')!.textContent = explanation;
    const withLine = result.querySelector<HTMLElement>('[data-with]')!;
    withLine.hidden = !product || product.with.length === 0 || verdict.verdict === 'not-affected';
    withLine.textContent = product ? this.#t('bulletinCheck.with', { products: product.with.map((w) => w[lang]).join(', ') }) : '';
    const releaseLine = result.querySelector<HTMLElement>('[data-release]')!;
    releaseLine.hidden = !product?.release;
    releaseLine.textContent = product?.release ? this.#t('bulletinCheck.release', { bulletin: data.bulletin, release: product.release }) : '';
    const download = result.querySelector<HTMLElement>('[data-download]')!;
    const href = product?.download;
    download.hidden = verdict.verdict !== 'affected' || !href || !/^https?:\/\//.test(href);
    if (!download.hidden) Object.assign(download.querySelector('a')!, { href: href!, rel: 'noopener noreferrer' });
    result.querySelector('[data-ticket-text]')!.textContent = [
      `${this.#t('verdict.ticket.bulletin')}: ${data.bulletin} ${this.#page.title}`,
      `${this.#t('verdict.ticket.product')}: ${name}`,
      `${this.#t('verdict.ticket.verdict')}: ${this.#t('verdict.ticket.verdictValue', { label, explanation })}`,
      ...(product && product.kbs.length > 0 ? [`${this.#t('verdict.ticket.kb')}: ${product.kbs.map((kb) => `KB${kb}`).join(', ')}`] : []),
      `${this.#t('verdict.ticket.link')}: ${location.href}`,
    ].join('\n');
    result.hidden = false;
  }

  #explain(verdict: ImportedVerdict, product: string): string {
    const bulletin = this.#page.data.bulletin;
    const kbs = 'kbs' in verdict ? verdict.kbs.map((kb) => `KB${kb}`).join(', ') : '';
    return this.#t(`bulletinCheck.reason.${verdict.reason}`, {
      bulletin,
      product,
      kbs,
      kb: 'kb' in verdict ? verdict.kb : '',
      replacedBy: 'replacedBy' in verdict ? verdict.replacedBy : '',
    });
  }
}

customElements.define('bulletin-check', BulletinCheck);
