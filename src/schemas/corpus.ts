import { z } from 'astro/zod';
import { SEVERITIES } from './bulletin.ts';
import { absoluteUrlSchema, isoDateSchema, restartKindSchema } from './common.ts';

const upperIdSchema = z.string().regex(/^MS\d{2}-\d{3}$/, { error: 'Write the bulletin id in upper case as MSyy-nnn, e.g. MS09-062.' });
const kbDigitsSchema = z.string().regex(/^\d{5,7}$/, {
  error: (issue) => `"${String(issue.input)}" is not a KB number. Write the digits only, e.g. 957488.`,
});
const text = (what: string) =>
  z.string({ error: `${what} is missing.` }).trim().min(1, { error: `${what} is empty. Leave the field out when the source gives none.` });

/**
 * What a vulnerability lets an attacker do, by the source's wording (脆弱性の影響): リモートでコードが実行される,
 * 特権の昇格, サービス拒否, 情報漏えい, なりすまし, 改ざん, セキュリティ機能のバイパス.
 */
export const IMPACTS = [
  'remote-code-execution',
  'elevation-of-privilege',
  'denial-of-service',
  'information-disclosure',
  'spoofing',
  'tampering',
  'security-feature-bypass',
] as const;
export type Impact = (typeof IMPACTS)[number];

/** One vulnerability the bulletin fixes. */
export const corpusVulnerabilitySchema = z
  .object({
    /** The id exactly as the source writes it: CVE-2008-4250 or the old candidate form CAN-2003-0352. */
    id: z.string().regex(/^(CVE|CAN)-\d{4}-\d{4,}$/, { error: 'Write a CVE or CAN id, e.g. CVE-2009-2500.' }),
    /** The same id in CVE form. */
    cve: z.string().regex(/^CVE-\d{4}-\d{4,}$/, { error: 'Write the CVE id, e.g. CVE-2003-0352.' }),
    /** Its Japanese title, where the source gives one. */
    title: text('The vulnerability title').exactOptional(),
    /**
     * Its impacts, where the source gives them: its row or column of the severity table, or for a bulletin
     * of one vulnerability, the summary's 脆弱性の影響 or the software table's 最も深刻な脆弱性の影響. Several
     * where the source names several (情報の漏えいおよびサービス拒否), in the source's order.
     */
    impacts: z
      .array(z.enum(IMPACTS, { error: (issue) => `"${String(issue.input)}" is not an impact. Use one of: ${IMPACTS.join(', ')}.` }))
      .min(1)
      .exactOptional()
      .describe('What the vulnerability lets an attacker do, where the source says: one or more of the seven impact kinds, in the source’s order.'),
  })
  .strict()
  .refine((v) => v.cve === v.id.replace(/^CAN-/, 'CVE-'), { error: 'cve must be the id in CVE form (CAN-2003-0352 → CVE-2003-0352).' });

/** An update this bulletin's update replaces: a bulletin id, a KB number or both. */
export const corpusReplacementSchema = z
  .object({
    /** The replaced bulletin, upper case: MS08-067. */
    bulletin: upperIdSchema.exactOptional(),
    /** The replaced update's KB number, digits only. */
    kb: kbDigitsSchema.exactOptional(),
  })
  .strict()
  .refine((r) => r.bulletin !== undefined || r.kb !== undefined, { error: 'A replacement names a bulletin, a KB number or both.' });

/** One row of the affected or not-affected software. */
export const corpusSoftwareSchema = z
  .object({
    /** The software as the source names it. */
    name: text('The software name'),
    /** The component column's value, where the table has one. */
    component: text('The component').exactOptional(),
    /** The row's download links, absolute URLs, in order. */
    downloads: z.array(absoluteUrlSchema),
  })
  .strict();

/** A service pack the source says includes the fix. */
export const corpusServicePackFixSchema = z
  .object({
    /** The service pack as the source names it: Windows 2000 Service Pack 3. */
    name: text('The service pack'),
    /** The source says "以降": the later service packs include the fix too. */
    andLater: z.boolean(),
    /** The source says the service pack will include the fix (含まれる予定です). */
    planned: z.boolean(),
  })
  .strict();

/** One entry of the source's revision history (更新履歴). */
export const corpusRevisionSchema = z
  .object({
    /** The entry's date, YYYY-MM-DD. */
    date: isoDateSchema,
    /** The bulletin's version the entry names (V1.1 → 1.1), where it names one. */
    version: z.string().regex(/^\d+(\.\d+)*$/).exactOptional(),
    /** The entry's text as the source gives it (with its version and date). */
    text: text('A revision entry'),
  })
  .strict();

/** What the bulletin says of restarting after its update, where all it says agrees. */
export const corpusRestartSchema = z
  .object({
    /** `required`, `may-be-required` (a restart may be needed) or `not-required`. */
    kind: restartKindSchema,
    /** Its statements (再起動の必要性) as the source writes them, in order, each once. */
    statements: z.array(text('A restart statement')).min(1),
  })
  .strict();

/** A workaround the bulletin gives, as its list names it. */
export const corpusWorkaroundSchema = z
  .object({
    /** Its title, as the source writes it in bold. */
    title: text('A workaround title'),
    /** The vulnerabilities (CVE form) it is for; all of the bulletin's when left out. */
    cves: z.array(z.string().regex(/^CVE-\d{4}-\d{4,}$/)).min(1).exactOptional(),
    /** The anchor of the section of the Japanese page that lists it (`workarounds-cve-2009-2500`). */
    section: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'An anchor is lower-case ASCII letters, digits and hyphens.' }).exactOptional(),
  })
  .strict();

/** The facts the importer reads from one corpus bulletin (src/lib/corpus/extract.ts). */
export const corpusFactsSchema = z
  .object({
    /** Upper-case id: MS09-062. */
    id: upperIdSchema,
    /** Lower-case id, the URL segment: ms09-062. */
    slug: z.string().regex(/^ms\d{2}-\d{3}$/, { error: 'The slug is the id in lower case, e.g. ms09-062.' }),
    /** Year of publication by the id (MS09-062 → 2009). */
    year: z.number().int().min(1998, { error: 'Bulletins start in 1998.' }).max(2017, { error: 'Bulletins end in 2017.' }),
    /** The source file, relative to the project root. */
    file: z.string().regex(/^content\/sources\/microsoft\/ja-jp\/\d{4}\/ms\d{2}-\d{3}\.md$/, {
      error: 'The file is the source path relative to the project root, e.g. content/sources/microsoft/ja-jp/2009/ms09-062.md.',
    }),
    /** The Japanese title, without the KB number in parentheses. */
    title: text('The title'),
    /** The maximum severity rating, where the source gives one. */
    severity: z.enum(SEVERITIES, { error: (issue) => `"${String(issue.input)}" is not a severity. Use one of: ${SEVERITIES.join(', ')}.` }).exactOptional(),
    /** The main KB number, digits only. */
    kb: kbDigitsSchema.exactOptional(),
    /** Published date, YYYY-MM-DD. */
    published: isoDateSchema.exactOptional(),
    /** Last-updated date, YYYY-MM-DD. */
    updated: isoDateSchema.exactOptional(),
    /** The bulletin's version, e.g. 1.0. */
    version: z.string().regex(/^\d+(\.\d+)*$/, { error: 'A version is dot-separated numbers, e.g. 1.0.' }).exactOptional(),
    /** The summary's first paragraph, plain text. */
    summary: text('The summary').exactOptional(),
    /** The vulnerabilities it fixes, in the source's order. */
    vulnerabilities: z.array(corpusVulnerabilitySchema),
    /** The updates its update replaces. */
    replaces: z.array(corpusReplacementSchema),
    /** The affected software rows. */
    affected: z.array(corpusSoftwareSchema),
    /** The not-affected software rows. */
    notAffected: z.array(corpusSoftwareSchema),
    /** The revision history, oldest first, where every entry is dated and the dates run one way. */
    revisions: z.array(corpusRevisionSchema).min(1).exactOptional(),
    /** The restart requirement, where every statement of the bulletin says the same. */
    restart: corpusRestartSchema.exactOptional(),
    /** The workarounds the source lists with bold titles. */
    workarounds: z.array(corpusWorkaroundSchema).min(1).exactOptional(),
    /** The service packs the source says include the fix. */
    fixedIn: z.array(corpusServicePackFixSchema),
    /** Other bulletins and KB numbers the text cites, sorted, without its own. */
    cites: z
      .object({
        /** Upper-case bulletin ids. */
        bulletins: z.array(upperIdSchema),
        /** KB numbers, digits only. */
        kbs: z.array(kbDigitsSchema),
      })
      .strict(),
  })
  .strict()
  .superRefine((facts, ctx) => {
    if (facts.slug !== facts.id.toLowerCase()) ctx.addIssue({ code: 'custom', path: ['slug'], message: `The slug must be "${facts.id.toLowerCase()}".` });
  });

/**
 * What the importer reads from each corpus bulletin (content/sources/microsoft/ja-jp/{year}/msYY-NNN.md).
 * Facts are exactly as the source gives them; a fact the source does not give, or that cannot be read
 * reliably, is left out (and listed by the importer's problems).
 */
export type CorpusFacts = z.output<typeof corpusFactsSchema>;
export type CorpusVulnerability = z.output<typeof corpusVulnerabilitySchema>;
export type CorpusReplacement = z.output<typeof corpusReplacementSchema>;
export type CorpusSoftware = z.output<typeof corpusSoftwareSchema>;
export type CorpusServicePackFix = z.output<typeof corpusServicePackFixSchema>;
export type CorpusRevision = z.output<typeof corpusRevisionSchema>;
export type CorpusRestart = z.output<typeof corpusRestartSchema>;
export type CorpusWorkaround = z.output<typeof corpusWorkaroundSchema>;
