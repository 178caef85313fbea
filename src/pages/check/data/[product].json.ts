/** `/check/data/{product}.json`: what the check page needs of one product, fetched when the user picks it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCheckProducts } from '../../../data/products.ts';
import { getCheckData } from '../../../data/bulletin-products.ts';

export const getStaticPaths = (() =>
  (['os', 'ie', 'office'] as const).flatMap((question) => getCheckProducts(question).map((product) => ({ params: { product: product.id } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(getCheckData(params['product']!)), { headers: { 'Content-Type': 'application/json' } });
