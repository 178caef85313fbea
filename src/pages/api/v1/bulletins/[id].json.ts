/** `/api/v1/bulletins/{id}.json`: one bulletin's facts (the schema: `/api/v1/schema/bulletin.schema.json`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getApiBulletin, getApiBulletinIds } from '../../../../data/api.ts';
import { bulletinSlug } from '../../../../lib/urls.ts';

export const getStaticPaths = (() => getApiBulletinIds().map((id) => ({ params: { id: bulletinSlug(id) }, props: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ id: string }> = async ({ props }) =>
  new Response(`${JSON.stringify(await getApiBulletin(props.id), null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
