/** `/.well-known/csaf/white/csaf-feed-tlp-white.json`: the ROLIE feed of the TLP:WHITE documents (CSAF 2.0 section 7.1.20). */
import type { APIRoute } from 'astro';
import { getCsafFiles } from '../../../../data/csaf.ts';
import { rolieFeed } from '../../../../lib/exports/csaf-provider.ts';
import { t } from '../../../../lib/i18n/translate.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(`${JSON.stringify(rolieFeed(site!.origin, await getCsafFiles(), t('en', 'csaf.feed')), null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
