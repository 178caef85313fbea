import { describe, expect, it } from 'vitest';
import { localsFor } from './locals.ts';

describe('localsFor', () => {
  it('takes the language from the route segment, with a translator in it', () => {
    const locals = localsFor('en');
    expect(locals.lang).toBe('en');
    expect(locals.t('site.name')).not.toBe(localsFor('ja').t('site.name'));
  });

  it('reads a page outside /{lang}/ (or an unknown segment) as Japanese', () => {
    expect(localsFor(undefined).lang).toBe('ja');
    expect(localsFor('fr').lang).toBe('ja');
  });
});
