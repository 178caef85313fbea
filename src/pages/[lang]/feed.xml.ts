/** `/{lang}/feed.xml`: the newest bulletins, as an Atom 1.0 feed. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getListings } from '../../data/corpus.ts';
import { languageFeed } from '../../data/feeds.ts';
import { LANGS, type Lang } from '../../lib/i18n/langs.ts';

export const getStaticPaths = (() => LANGS.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(languageFeed(params['lang'] as Lang, getListings()), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
