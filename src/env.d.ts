import type { LangLocals } from './lib/i18n/locals.ts';

declare global {
  namespace App {
    /** Set by src/middleware.ts for every page. */
    interface Locals extends LangLocals {}
  }
}
