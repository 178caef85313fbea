/** `/.well-known/csaf/provider-metadata.json`: the CSAF provider's metadata (CSAF 2.0 section 7.1.7). */
import type { APIRoute } from 'astro';
import { getCsafFiles } from '../../../data/csaf.ts';
import { PUBLISHER_NAME } from '../../../lib/exports/csaf.ts';
import { providerMetadata } from '../../../lib/exports/csaf-provider.ts';
import { t } from '../../../lib/i18n/translate.ts';

export const GET: APIRoute = async ({ site }) => {
  const origin = site!.origin;
  const metadata = providerMetadata(origin, { name: PUBLISHER_NAME, namespace: origin }, await getCsafFiles(), t('en', 'csaf.feed'));
  return new Response(`${JSON.stringify(metadata, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
