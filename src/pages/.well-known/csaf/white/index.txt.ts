/** `/.well-known/csaf/white/index.txt`: every document's path in the folder (CSAF 2.0 section 7.1.13). */
import type { APIRoute } from 'astro';
import { getCsafFiles } from '../../../../data/csaf.ts';
import { indexTxt } from '../../../../lib/exports/csaf-provider.ts';

export const GET: APIRoute = async () => new Response(indexTxt(await getCsafFiles()), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
