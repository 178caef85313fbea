/** Joins each bulletin to its prose files through the prose's reference to it, and checks the join. */
import { LANGS, type Lang } from '../../schemas/common.ts';
import type { ContentProblem } from './errors.ts';

/** A bulletin as the join sees it. */
export interface BulletinFile {
  /** Its entry id in the `bulletins` collection: the folder's name (`ms04-015`). */
  id: string;
  /** Its bulletin.yaml, from the project root. */
  file: string;
}

/** A prose file as the join sees it. */
export interface ProseFile {
  /** The file, from the project root. */
  file: string;
  /** The id of the bulletin it refers to. */
  bulletin: string;
  lang: Lang;
}

/**
 * Each bulletin's prose by language. A bulletin missing a language, and prose that refers to no
 * bulletin, are problems: Astro only logs a broken reference, and a logged error lets the build pass.
 */
export function joinProse<P extends ProseFile>(
  bulletins: readonly BulletinFile[],
  prose: readonly P[],
): { prose: Map<string, Record<Lang, P>>; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const known = new Set(bulletins.map((b) => b.id));
  for (const file of prose) {
    if (!known.has(file.bulletin)) {
      problems.push({
        file: file.file,
        field: '',
        message: `There is no bulletin "${file.bulletin}" for this prose. Add its bulletin.yaml beside it, or move the file into its bulletin's folder.`,
      });
    }
  }
  const joined = new Map<string, Record<Lang, P>>();
  for (const bulletin of bulletins) {
    const folder = bulletin.file.slice(0, bulletin.file.lastIndexOf('/') + 1);
    const byLang: Partial<Record<Lang, P>> = {};
    for (const lang of LANGS) {
      const file = prose.find((p) => p.bulletin === bulletin.id && p.lang === lang);
      if (file) byLang[lang] = file;
      else problems.push({ file: `${folder}${lang}.mdx`, field: '', message: `The ${lang} prose is missing. Create it: every bulletin has ${LANGS.map((l) => `${l}.mdx`).join(' and ')}.` });
    }
    if (LANGS.every((lang) => byLang[lang])) joined.set(bulletin.id, byLang as Record<Lang, P>);
  }
  return { prose: joined, problems };
}
