import type { BulletinLocals } from './lib/content/page-bulletin.ts';
import type { LangLocals } from './lib/i18n/locals.ts';

declare global {
  namespace App {
    /** `lang` and `t` are set by src/middleware.ts for every page; `bulletin` by the bulletin page. */
    interface Locals extends LangLocals, BulletinLocals {}
  }
}
