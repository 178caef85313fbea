/** `/api/v1/schema/bulletins.schema.json` and `bulletin.schema.json`: the JSON Schema of the API's two kinds of file. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { apiBulletinSchema, apiIndexSchema } from '../../../../lib/exports/api.ts';

export const getStaticPaths = (() => [{ params: { name: 'bulletins' } }, { params: { name: 'bulletin' } }]) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const schema = params['name'] === 'bulletins' ? apiIndexSchema(site!.origin) : apiBulletinSchema(site!.origin);
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json' } });
};
