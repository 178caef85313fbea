// @vitest-environment happy-dom
/**
 * The wizard's script on a small page of its own in a DOM without layout (happy-dom): it reads the
 * answers from the query string (an alias renamed in the address bar), shows what fits the verdict
 * and the situations that hold, writes changed answers back, and stops listening when disconnected.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MS04_015, MS99_001, type BulletinContract } from '../../../test/support/contract.ts';
import { contentWithFixtures, wizardFactsOf } from '../../../test/support/content.ts';
import { useTranslations } from '../../lib/i18n/translate.ts';
import { verdictStrings } from '../../lib/verdict/texts.ts';
import type { WizardData } from './verdict-wizard.ts';

const site = contentWithFixtures();

beforeAll(async () => {
  await import('./verdict-wizard.ts');
});

afterEach(() => {
  document.body.replaceChildren();
});

/** The wizard's markup for one bulletin, cut down to the parts the script reads and writes. */
function mount(contract: BulletinContract, path: string): HTMLElement {
  const facts = wizardFactsOf(site, contract.id, 'en');
  const data: WizardData = { facts, strings: verdictStrings(useTranslations('en')) };
  const products = Object.keys(facts.products);
  const { param, holds, doesNot, id } = contract.situation;
  history.replaceState(null, '', path);
  const wizard = document.createElement('verdict-wizard');
  wizard.dataset['wizard'] = JSON.stringify(data);
  wizard.innerHTML = `
    <form>
      ${products.map((p) => `<input disabled type="radio" name="product" value="${p}">`).join('')}
      <fieldset data-step2 hidden>
        <input disabled name="version" type="text">
        <input disabled type="radio" name="key" value="yes"><input disabled type="radio" name="key" value="no"><input disabled type="radio" name="key" value="" checked>
        <input disabled type="radio" name="${param}" value="${holds}"><input disabled type="radio" name="${param}" value="${doesNot}"><input disabled type="radio" name="${param}" value="" checked>
      </fieldset>
      <button type="submit" disabled>Show</button>
    </form>
    <div role="alert" data-problems></div>
    <section data-result hidden>
      <h2 data-result-heading tabindex="-1">Verdict</h2>
      <p data-verdict-label></p><p data-verdict-explanation></p>
      ${products.map((p) => `<div data-product="${p}" hidden><div data-when="${id}" hidden>callout</div><p data-if-verdict="affected" hidden>install</p></div>`).join('')}
      <pre data-ticket-text></pre>
    </section>`;
  document.body.append(wizard);
  return wizard;
}

const $ = <E extends Element = HTMLElement>(root: ParentNode, selector: string) => root.querySelector<E & Element>(selector)!;
const verdictOf = (wizard: HTMLElement) => $(wizard, '[data-verdict-label]').getAttribute('data-verdict');
const change = (input: HTMLInputElement) => {
  input.checked = true;
  input.dispatchEvent(new Event('change', { bubbles: true }));
};

describe('<verdict-wizard>', () => {
  it('enables its form once its script runs, and shows no verdict without answers', () => {
    const wizard = mount(MS04_015, '/en/bulletins/ms04-015/check/');
    expect(wizard.querySelectorAll('input:disabled, button:disabled')).toHaveLength(0);
    expect(verdictOf(wizard)).toBeNull();
    expect($(wizard, '[data-result]').hidden).toBe(true);
  });

  it('restores a link\'s answers: the verdict, the form and the situation\'s callout', () => {
    const { param, holds, id } = MS04_015.situation;
    const wizard = mount(MS04_015, `/en/bulletins/ms04-015/check/?product=windows-xp-sp1&version=5.1.2600.200&key=no&${param}=${holds}`);
    expect(verdictOf(wizard)).toBe('affected');
    expect($<HTMLInputElement>(wizard, 'input[name=version]').value).toBe('5.1.2600.200');
    expect($<HTMLInputElement>(wizard, `input[name=${param}][value=${holds}]`).checked).toBe(true);
    expect($(wizard, `[data-product=windows-xp-sp1] [data-when=${id}]`).hidden).toBe(false);
    expect($(wizard, '[data-product=windows-xp] ').hidden).toBe(true);
    expect($(wizard, '[data-step2]').hidden).toBe(false);
    expect($(wizard, '[data-ticket-text]').textContent).toContain('Link: http://localhost:3000/en/bulletins/ms04-015/check/?product=windows-xp-sp1');
  });

  it('MS04-015: reads ?helpctr= and rewrites it to version in the address bar', () => {
    const wizard = mount(MS04_015, '/en/bulletins/ms04-015/check/?product=windows-xp-sp1&helpctr=5.1.2600.1515&key=no');
    expect(location.search).toBe('?product=windows-xp-sp1&version=5.1.2600.1515&key=no');
    expect(verdictOf(wizard)).toBe('patched');
    expect($<HTMLInputElement>(wizard, 'input[name=version]').value).toBe('5.1.2600.1515');
  });

  it('MS99-001: its own key file, situation and family; helpctr means nothing there', () => {
    const [product, { fixed }] = Object.entries(MS99_001.affected).find(([p]) => p.startsWith('test-browser'))!;
    const { param, holds, id } = MS99_001.situation;
    const wizard = mount(MS99_001, `/en/bulletins/ms99-001/check/?product=${product}&helpctr=${fixed}&${param}=${holds}`);
    expect(location.search).toBe(`?product=${product}&helpctr=${fixed}&${param}=${holds}`);
    expect(verdictOf(wizard)).toBe('affected');
    expect($(wizard, `[data-product=${product}] [data-when=${id}]`).hidden).toBe(false);
    history.replaceState(null, '', `/en/bulletins/ms99-001/check/?product=${product}&version=${fixed}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(verdictOf(wizard)).toBe('patched');
    expect($(wizard, '[data-verdict-explanation]').textContent).toContain(MS99_001.keyFile);
  });

  it('writes a changed answer to the address bar, leaving out answers the product does not read', () => {
    const wizard = mount(MS04_015, '/en/bulletins/ms04-015/check/?product=windows-xp&version=1.2.3.4');
    change($<HTMLInputElement>(wizard, 'input[name=product][value=windows-me]'));
    expect(location.search).toBe('?product=windows-me');
    expect(verdictOf(wizard)).toBe('not-affected');
    expect($(wizard, '[data-step2]').hidden).toBe(true);
  });

  it('reports a malformed answer as text, and marks the version field', () => {
    const { param } = MS04_015.situation;
    const wizard = mount(MS04_015, `/en/bulletins/ms04-015/check/?product=windows-xp&version=%3Cb%3E&${param}=off`);
    const messages = [...wizard.querySelectorAll('[data-problems] p')].map((p) => p.textContent);
    expect(messages).toEqual([
      expect.stringContaining('“<b>” is not a file version'),
      expect.stringContaining('“off” is not an answer to “Is the Help and Support Center service disabled on the computer?”'),
    ]);
    expect(wizard.querySelectorAll('[data-problems] b')).toHaveLength(0);
    expect($(wizard, 'input[name=version]').getAttribute('aria-invalid')).toBe('true');
  });

  it('stops listening when disconnected, and listens again when reconnected', () => {
    const wizard = mount(MS04_015, '/en/bulletins/ms04-015/check/?product=windows-xp');
    wizard.remove();
    history.replaceState(null, '', '/en/bulletins/ms04-015/check/?product=windows-me');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(verdictOf(wizard)).toBe('affected');
    document.body.append(wizard);
    expect(verdictOf(wizard)).toBe('not-affected');
    history.replaceState(null, '', '/en/bulletins/ms04-015/check/?product=windows-xp-sp2');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(verdictOf(wizard)).toBe('patched');
  });
});
