// @vitest-environment happy-dom
/**
 * The home page's identifier box: where a typed identifier leads (pure), and the element in a DOM without
 * layout (happy-dom), with the identifier table's fetch, the navigation and the form's own submission
 * replaced by stand-ins.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IdentifierTable } from '../../lib/identifiers/identifiers.ts';
import { identifierDestination } from './identifier-box.ts';

const TABLE: IdentifierTable = {
  bulletins: ['MS04-015'],
  kbs: { '840374': ['MS04-015'] },
  cves: [['CVE-2004-0199']],
  products: { 'windows-xp-sp1': ['Windows XP Service Pack 1'] },
};

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('identifierDestination', () => {
  it('leads to the page an identifier names, and anything else to search', () => {
    expect(identifierDestination(TABLE, 'ja', 'ms04 015')).toBe('/ja/bulletins/ms04-015/');
    expect(identifierDestination(TABLE, 'en', 'KB840374')).toBe('/en/bulletins/ms04-015/');
    expect(identifierDestination(TABLE, 'en', 'CAN-2004-0199')).toBe('/en/cve/CVE-2004-0199/');
    expect(identifierDestination(TABLE, 'en', 'xp sp1')).toBe('/en/products/windows-xp-sp1/');
    expect(identifierDestination(TABLE, 'en', 'help center')).toBe('/en/search/?q=help+center');
  });

  it('leads nowhere without the table, or where the table would lead off the site', () => {
    expect(identifierDestination(undefined, 'ja', 'MS04-015')).toBeUndefined();
    const tampered: IdentifierTable = { ...TABLE, products: { '//evil.example': ['Evil'] } };
    expect(identifierDestination(tampered, 'en', '//evil.example')).toBeUndefined();
  });
});

/** The box as the component writes it (the parts the script reads), in `lang`. */
function mount(lang: string): { box: HTMLElement; form: HTMLFormElement; input: HTMLInputElement } {
  const box = document.createElement('identifier-box');
  box.dataset['lang'] = lang;
  box.dataset['tableUrl'] = '/identifiers.json';
  box.innerHTML = `<form action="/${lang}/search/" method="get"><input name="q" type="search" required><button type="submit">Go</button></form>`;
  document.body.append(box);
  return { box, form: box.querySelector('form')!, input: box.querySelector('input')! };
}

/** Submits the form with `text` typed in; returns the event, to see whether the script took it over. */
function submit(form: HTMLFormElement, input: HTMLInputElement, text: string): Event {
  input.value = text;
  const event = new Event('submit', { cancelable: true });
  form.dispatchEvent(event);
  return event;
}

describe('<identifier-box>', () => {
  it('fetches the table once, when the reader first focuses the box, and goes to the page the text names', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify(TABLE)));
    vi.stubGlobal('fetch', fetch);
    const assign = vi.spyOn(location, 'assign').mockImplementation(() => {});
    const { form, input } = mount('ja');
    input.dispatchEvent(new Event('focus'));
    input.dispatchEvent(new Event('focus'));
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledWith('/identifiers.json');
    expect(submit(form, input, 'KB840374').defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(assign).toHaveBeenCalledWith('/ja/bulletins/ms04-015/'));
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['the table is missing', async () => new Response('Not found', { status: 404 })],
    ['the table cannot be fetched', async () => Promise.reject(new TypeError('offline'))],
  ])('submits to search as the plain form does when %s', async (_, respond) => {
    vi.stubGlobal('fetch', vi.fn(respond));
    const assign = vi.spyOn(location, 'assign').mockImplementation(() => {});
    const { form, input } = mount('en');
    const formSubmit = vi.spyOn(form, 'submit').mockImplementation(() => {});
    expect(submit(form, input, 'MS04-015').defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(formSubmit).toHaveBeenCalledTimes(1));
    expect(form.dataset['routed']).toBe('search');
    expect(assign).not.toHaveBeenCalled();
    // Submitted again (the reader goes back and submits), the form goes to search by itself.
    expect(submit(form, input, 'MS04-015').defaultPrevented).toBe(false);
  });

  it('leaves the form alone without a language it knows, and once disconnected', () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const unknown = mount('fr');
    expect(submit(unknown.form, unknown.input, 'MS04-015').defaultPrevented).toBe(false);
    const gone = mount('en');
    gone.box.remove();
    expect(submit(gone.form, gone.input, 'MS04-015').defaultPrevented).toBe(false);
    expect(fetch).not.toHaveBeenCalled();
  });
});
