/**
 * `<verdict-wizard>`: the "am I affected?" form's script. The page renders every product's advice and
 * the verdict box from the data; this reads the answers from the query string, decides the verdict with
 * the same pure modules as the static verdict pages, shows the parts that fit it and writes the answers
 * back to the address bar, so a verdict is a link. Its listeners live as long as the element is connected.
 */
import { announce } from '../../scripts/clipboard.ts';
import { decideVerdict } from '../../lib/verdict/decide.ts';
import { parseQuery, relevantAnswers, renameVersionAliases, serialiseQuery, type Answers } from '../../lib/verdict/query.ts';
import { answersSummary, explainVerdict, problemMessages, ticketText, verdictLabel, type VerdictStrings } from '../../lib/verdict/texts.ts';
import { lookupProduct, type WizardFacts } from '../../lib/verdict/wizard-facts.ts';

/** What the page embeds in `data-wizard`. */
export interface WizardData {
  facts: WizardFacts;
  strings: VerdictStrings;
}

export class VerdictWizard extends HTMLElement {
  #facts!: WizardFacts;
  #strings!: VerdictStrings;
  #form!: HTMLFormElement;
  #listening: AbortController | undefined;
  /** The question answered last, and whether the latest key was an arrow (radios change as they are browsed). */
  #lastField: string | undefined;
  #arrowKey = false;
  /** Whether the verdict stands above the form (the page was opened with answers). */
  #leading = false;

  connectedCallback() {
    const form = this.querySelector('form');
    if (!form || this.#listening) return;
    const data = JSON.parse(this.dataset['wizard'] ?? '{}') as WizardData;
    this.#facts = data.facts;
    this.#strings = data.strings;
    // Texts link to this page where it is actually served (the build only knows the configured site).
    this.#facts.bulletin.wizardUrl = location.origin + location.pathname;
    this.#form = form;

    // An older link's name for the version (MS04-015's `helpctr`) becomes `version` in the address bar.
    const renamed = renameVersionAliases(location.search, this.#facts.bulletin);
    if (renamed !== undefined) history.replaceState(history.state, '', location.pathname + renamed + location.hash);

    this.#listening = new AbortController();
    const { signal } = this.#listening;
    form.addEventListener('keydown', (event) => (this.#arrowKey = event.key.startsWith('Arrow')), { signal });
    form.addEventListener('pointerdown', () => (this.#arrowKey = false), { signal });
    form.addEventListener('change', (event) => this.#commit((event.target as HTMLInputElement).name, false), { signal });
    form.addEventListener(
      'submit',
      (event) => {
        event.preventDefault();
        this.#commit('', true);
      },
      { signal },
    );
    window.addEventListener(
      'popstate',
      () => {
        this.#lastField = undefined;
        this.#restore(true);
      },
      { signal },
    );
    for (const control of form.querySelectorAll<HTMLInputElement | HTMLButtonElement>('input, button')) control.disabled = false;
    this.#restore(false);
    // Opened from a link with answers (a ticket's): the verdict comes first, with the answers it used.
    if (parseQuery(location.search, this.#facts.bulletin)['product']) this.#leadWithResult(true);
  }

  /**
   * Puts the verdict (and any message about the answers) above the form, or back below it once the
   * reader changes an answer, so the verdict of a linked page is in the first screen.
   */
  #leadWithResult(lead: boolean) {
    const search = this.querySelector('search');
    const parts = [this.querySelector('[data-problems]'), this.querySelector('[data-result]')].filter((e) => e !== null);
    if (!search) return;
    if (lead) search.before(...parts);
    else if (this.#leading) search.after(...parts);
    this.#leading = lead;
    for (const element of this.querySelectorAll<HTMLElement>('[data-answers-used]')) element.hidden = !lead;
  }

  disconnectedCallback() {
    this.#listening?.abort();
    this.#listening = undefined;
  }

  #answersFromForm(): Answers {
    const params = new URLSearchParams(new FormData(this.#form) as unknown as string[][]);
    return relevantAnswers(this.#facts, parseQuery(params.toString(), this.#facts.bulletin));
  }

  #commit(field: string, focusResult: boolean) {
    const answers = this.#answersFromForm();
    const query = serialiseQuery(answers, this.#facts.bulletin);
    if (query !== location.search) {
      const url = location.pathname + query;
      // Arrowing through one question's choices revises one answer: one history step, not one per key.
      if (this.#arrowKey && field && field === this.#lastField) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
    }
    this.#lastField = field || undefined;
    if (this.#leading) this.#leadWithResult(false);
    this.#render(answers, true);
    if (focusResult) this.querySelector<HTMLElement>('[data-result-heading]')?.focus();
  }

  /** Puts the query string's answers into the form and shows their verdict. */
  #restore(speak: boolean) {
    const answers = parseQuery(location.search, this.#facts.bulletin);
    for (const input of this.#form.querySelectorAll('input')) {
      const value = answers[input.name] ?? '';
      if (input.type === 'radio') input.checked = input.value === value;
      else input.value = value;
    }
    this.#render(answers, speak);
  }

  #render(answers: Answers, speak: boolean) {
    const facts = this.#facts;
    const strings = this.#strings;
    const result = decideVerdict(facts, answers);
    const product = result && lookupProduct(facts.products, result.product);
    const show = (selector: string, visible: (element: HTMLElement) => boolean) => {
      for (const element of this.querySelectorAll<HTMLElement>(selector)) element.hidden = !visible(element);
    };
    show('[data-product]', (element) => element.dataset['product'] === result?.product);
    show('[data-step2]', () => product?.status === 'affected');
    show('[data-result]', () => result !== undefined);
    show('[data-unknown]', () => result?.verdict === 'unknown');
    show('[data-if-verdict]', (element) => !!result && (element.dataset['ifVerdict'] ?? '').split(' ').includes(result.verdict));
    show('[data-when]', (element) => !!result && result.situations.includes(element.dataset['when'] ?? ''));

    // Every text from the query goes in through textContent: shown, never parsed as HTML.
    const messages = result ? problemMessages(result, facts, strings) : [];
    this.querySelector('[data-problems]')?.replaceChildren(
      ...messages.map((message) => Object.assign(document.createElement('p'), { textContent: message })),
    );
    this.#form.querySelector('[name=version]')?.setAttribute('aria-invalid', String(!!result?.problems.some((p) => p.param === 'version')));

    const label = this.querySelector<HTMLElement>('[data-verdict-label]')!;
    const explanation = this.querySelector<HTMLElement>('[data-verdict-explanation]')!;
    const ticket = this.querySelector<HTMLElement>('[data-ticket-text]')!;
    if (result) label.dataset['verdict'] = result.verdict;
    else label.removeAttribute('data-verdict');
    label.textContent = result ? verdictLabel(result, strings) : '';
    explanation.textContent = result ? explainVerdict(result, facts, strings) : '';
    ticket.textContent = result ? ticketText(result, facts, strings, location.origin + location.pathname + location.search) : '';
    const summary = this.querySelector<HTMLElement>('[data-answers-text]');
    if (summary) summary.textContent = result ? answersSummary(result, answers, facts, strings) : '';

    // The other language's page opens with the same answers.
    const other = document.querySelector<HTMLAnchorElement>('a.lang-switch');
    if (other) other.search = location.search;
    if (result && speak) announce(`${label.textContent} ${explanation.textContent}`);
  }
}

if (!customElements.get('verdict-wizard')) customElements.define('verdict-wizard', VerdictWizard);
