/** `/.well-known/csaf/white/changes.csv`: each document and when it last changed, newest first (CSAF 2.0 section 7.1.14). */
import type { APIRoute } from 'astro';
import { getCsafFiles } from '../../../../data/csaf.ts';
import { changesCsv } from '../../../../lib/exports/csaf-provider.ts';

export const GET: APIRoute = async () => new Response(changesCsv(await getCsafFiles()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
