/**
 * Gives every page and component its language and translator through `Astro.locals`, so no component
 * takes a `lang` prop. The language is the `[lang]` route segment; pages outside it (`/`, `/404`) read
 * as the default language.
 */
import { defineMiddleware } from 'astro:middleware';
import { localsFor } from './lib/i18n/locals.ts';

export const onRequest = defineMiddleware((context, next) => {
  Object.assign(context.locals, localsFor(context.params['lang']));
  return next();
});
