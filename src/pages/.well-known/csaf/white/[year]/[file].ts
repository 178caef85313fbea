/**
 * `/.well-known/csaf/white/{year}/{id}.json`: one bulletin's CSAF document (the year of its initial
 * release), with `{id}.json.sha256` and `{id}.json.sha512` beside it (CSAF 2.0 sections 7.1.11, 7.1.18).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCsafFiles } from '../../../../../data/csaf.ts';
import { hashFile, relativeToWhite, type CsafFile } from '../../../../../lib/exports/csaf-provider.ts';

export const getStaticPaths = (async () =>
  (await getCsafFiles()).flatMap((file) => {
    const [year, name] = relativeToWhite(file.path).split('/') as [string, string];
    return [
      { params: { year, file: name }, props: { file, body: file.json, type: 'application/json' } },
      { params: { year, file: `${name}.sha256` }, props: { file, body: hashFile(file.json, name, 'sha256'), type: 'text/plain; charset=utf-8' } },
      { params: { year, file: `${name}.sha512` }, props: { file, body: hashFile(file.json, name, 'sha512'), type: 'text/plain; charset=utf-8' } },
    ];
  })) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: CsafFile; body: string; type: string }> = ({ props }) => new Response(props.body, { headers: { 'Content-Type': props.type } });
