import type { APIRoute } from 'astro';
import { getIdentifierTable } from '../data/corpus.ts';

/**
 * `/identifiers.json`: every bulletin id, main KB number, CVE id and product the identifier box can go
 * to straight away. A file of its own, fetched when the box is first used, so the home page stays light.
 */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(getIdentifierTable()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
