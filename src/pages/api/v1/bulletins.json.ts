/** `/api/v1/bulletins.json`: every bulletin, newest first (the schema: `/api/v1/schema/bulletins.schema.json`). */
import type { APIRoute } from 'astro';
import { getApiIndex } from '../../../data/api.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify(await getApiIndex()), { headers: { 'Content-Type': 'application/json' } });
