/** `/{lang}/products/{id}/feed.xml`: the newest bulletins that affect the product, as an Atom 1.0 feed. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { productFeed } from '../../../../data/feeds.ts';
import { getAllProducts } from '../../../../data/products.ts';
import { LANGS, type Lang } from '../../../../lib/i18n/langs.ts';

export const getStaticPaths = (() => getAllProducts().flatMap((product) => LANGS.map((lang) => ({ params: { lang, product: product.id } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(productFeed(params['lang'] as Lang, params['product']!), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
