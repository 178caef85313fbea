/**
 * <table-of-contents>: marks the link of the section being read (`aria-current="location"`). An
 * IntersectionObserver reports the sections crossing a reading line near the top of the window;
 * reading-position.ts decides which link that makes current.
 */
import { currentEntry, READING_LINE, readingLineMargin, subtreeEnds } from './reading-position.ts';

class TableOfContents extends HTMLElement {
  #observer: IntersectionObserver | undefined;
  #listeners: AbortController | undefined;

  connectedCallback() {
    const links = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
    const entries = links.flatMap((link) => {
      const heading = document.getElementById(decodeURIComponent(link.hash.slice(1)));
      // The whole section crosses the line, not just its heading: the body below it is read too.
      return heading ? [{ link, heading, region: heading.closest('section, aside') ?? heading }] : [];
    });
    // A link in a list inside another item of these contents is a subsection.
    const depth = (link: HTMLAnchorElement) => {
      const parentItem = link.closest('ol')?.parentElement?.closest('li');
      return parentItem && this.contains(parentItem) ? 1 : 0;
    };
    const ends = subtreeEnds(entries.map(({ link }) => depth(link)));
    const crossing = new Set<number>();
    const mark = (current: number) => {
      entries.forEach(({ link }, i) => {
        if (i === current) link.setAttribute('aria-current', 'location');
        else link.removeAttribute('aria-current');
      });
    };
    const observe = () => {
      this.#observer?.disconnect();
      crossing.clear();
      this.#observer = new IntersectionObserver(
        (changes) => {
          for (const change of changes) {
            const index = entries.findIndex((entry) => entry.region === change.target);
            if (change.isIntersecting) crossing.add(index);
            else crossing.delete(index);
          }
          mark(currentEntry(crossing, ends, (i) => entries[i]!.heading.getBoundingClientRect().top));
        },
        { rootMargin: readingLineMargin(innerHeight, READING_LINE) },
      );
      for (const { region } of entries) this.#observer.observe(region);
    };
    this.#listeners = new AbortController();
    // The band is in pixels of the window's height: a new height needs a new observer.
    addEventListener('resize', observe, { passive: true, signal: this.#listeners.signal });
    observe();
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    this.#listeners?.abort();
  }
}

if (!customElements.get('table-of-contents')) customElements.define('table-of-contents', TableOfContents);
