/**
 * The bulletin a page shows, as components read it. The bulletin page puts its bulletin in
 * `Astro.locals.bulletin` before rendering the prose, so the fact blocks an author places
 * (`<FileTable id="files-xp" />`) know which bulletin they belong to without being told.
 */
import type { Bulletin } from '../../schemas/bulletin.ts';

/** What a component gets in `Astro.locals`, as far as the bulletin goes. */
export interface BulletinLocals {
  /** Set by the bulletin page (`/{lang}/bulletins/{id}/`) for the components its prose uses; absent elsewhere. */
  bulletin?: Bulletin | undefined;
}

/** The page's bulletin, or a build error naming the component used outside a bulletin page. */
export function pageBulletin(locals: BulletinLocals, component: string): Bulletin {
  if (!locals.bulletin) {
    throw new Error(
      `<${component}> shows a bulletin's facts, so it works only on a bulletin page. Use it in content/bulletins/{id}/{ja,en}.mdx, or set Astro.locals.bulletin on the page first.`,
    );
  }
  return locals.bulletin;
}
