import { z } from 'astro/zod';
import {
  absoluteUrlSchema,
  anchorIdSchema,
  isoDateSchema,
  kbNumberSchema,
  localizedSchema,
  productIdSchema,
  restartKindSchema,
} from './common.ts';
import { isBulletinId } from './bulletin-id.ts';

/** Severity ratings, as Microsoft rated them. */
export const SEVERITIES = ['critical', 'important', 'moderate', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

const severitySchema = z.enum(SEVERITIES, {
  error: (issue) => `"${String(issue.input)}" is not a severity. Use one of: ${SEVERITIES.join(', ')}.`,
});

/** A file version: four dot-separated numbers, compared part by part. */
export const fileVersionSchema = z.string().regex(/^\d+\.\d+\.\d+\.\d+$/, {
  error: (issue) =>
    `"${String(issue.input)}" is not a file version. Write four dot-separated numbers, such as 5.1.2600.1515, or leave the field out where the source gives none.`,
});

const productListSchema = z.array(productIdSchema).min(1, { error: 'List at least one product id.' });

/** An installer switch and what it does. */
const switchSchema = z
  .object({
    /** The switch exactly as typed, e.g. `/norestart`. */
    switch: z.string().regex(/^\/\S+$/, { error: 'A switch starts with "/" and has no spaces, e.g. /norestart.' }),
    /** What the switch does, as the source's list says it: "Does not restart when installation is complete". */
    text: localizedSchema,
  })
  .strict();

/** The columns a file table can have, in the source's order. */
export const FILE_COLUMNS = ['date', 'time', 'version', 'size', 'file', 'platform', 'folder'] as const;
export type FileColumn = (typeof FILE_COLUMNS)[number];

/** One row of a file table, exactly as the source gives it. */
const fileRowSchema = z
  .object({
    /** The file's date stamp, YYYY-MM-DD (shown as the source writes it: 2004/04/15). */
    date: isoDateSchema,
    /** The file's time stamp, `HH:MM:SS` in quotes (YAML would read 15:04:40 as a number): '15:04:40'. */
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/, {
      error: (issue) => `"${String(issue.input)}" is not a time. Write HH:MM:SS in quotes, e.g. '15:04:40'.`,
    }),
    /** Four dot-separated numbers, e.g. 5.2.3790.161; left out where the source's cell is empty (.cab files). */
    version: fileVersionSchema.optional(),
    /** In bytes, without separators: 782848 (shown as 782,848). */
    size: z.number({ error: 'The size must be a number of bytes, without separators (782848, not 782,848).' }).int().positive({
      error: 'The size must be a positive whole number of bytes.',
    }),
    /** The file name exactly as the source writes it, e.g. helpctr.exe (compared case-insensitively with keyFile). */
    file: z.string().min(1),
    /** The platform (x86, IA-64); left out where the source's cell is empty. */
    platform: z.string().min(1).optional(),
    /** The package folder (rtmgdr, sp1, …); left out where the source's cell is empty. */
    folder: z.string().min(1).optional(),
    /** The products this row applies to, where they differ from the table's (normally derived). */
    products: productListSchema.optional(),
  })
  .strict();

/** A file table: the files one package installs for some products. */
const fileTableSchema = z
  .object({
    /** Its anchor, starting with `files-`: files-ws2003-x86. Prose places it with `<FileTable id="…" />`. */
    id: anchorIdSchema.refine((id) => id.startsWith('files-'), { error: 'File table ids start with "files-".' }),
    /** The source's line naming the editions the table is for. */
    caption: localizedSchema,
    /** The source table's columns; all of them unless the source leaves one out. */
    columns: z.array(z.enum(FILE_COLUMNS)).min(1).default([...FILE_COLUMNS]),
    /** Catalog ids of the products whose files these are; every row's products unless the row or its folder says otherwise. */
    products: productListSchema,
    /** For dual-mode packages: which products each folder's files serve. */
    folderProducts: z.record(z.string(), productListSchema).optional(),
    /** At least one row, in the source's order (the table shows them in this order). */
    rows: z.array(fileRowSchema).min(1),
  })
  .strict()
  .transform((table, ctx) => {
    // Each row knows its products: its own, else its folder's, else the table's.
    const rows = table.rows.map((row, index) => {
      for (const column of FILE_COLUMNS) {
        if (row[column] !== undefined && !table.columns.includes(column)) {
          ctx.addIssue({
            code: 'custom',
            path: ['rows', index, column],
            message: `This table has no "${column}" column. Add it to "columns", or remove the value.`,
          });
        }
      }
      const byFolder = row.folder ? table.folderProducts?.[row.folder] : undefined;
      if (table.folderProducts && row.folder && !byFolder) {
        ctx.addIssue({
          code: 'custom',
          path: ['rows', index, 'folder'],
          message: `Folder "${row.folder}" is not in folderProducts. Add it there with the products it serves.`,
        });
      }
      return { ...row, products: row.products ?? byFolder ?? table.products };
    });
    return { ...table, rows };
  });
export type FileTable = z.output<typeof fileTableSchema>;
export type FileRow = FileTable['rows'][number];

/** A registry key that shows the update is installed, and the products it is for. */
const registryKeySchema = z
  .object({
    /** Catalog ids of the products that write this key when the update is installed. */
    products: productListSchema,
    /** The source's line naming the editions, where it gives one. */
    label: localizedSchema.optional(),
    /** The key, exactly as written (single backslashes). */
    key: z.string().regex(/^HKEY_[A-Z_]+\\/, { error: 'A registry key starts with a root such as HKEY_LOCAL_MACHINE\\.' }),
  })
  .strict();

/** A command line the source gives for deploying the update. */
const commandSchema = z
  .object({
    /** `unattended` (no user input) or `no-restart` (install now, restart later), as the source's sentence says. */
    purpose: z.enum(['unattended', 'no-restart']),
    /** The products it is for (the package named in the line is for these). */
    products: productListSchema,
    /** The source's sentence before the line, e.g. "To install the security update without any user intervention, …". */
    text: localizedSchema,
    /** The command line, exactly as written, e.g. `Windowsserver2003-kb840374-x86-jpn /passive /quiet`. */
    line: z.string().min(1),
  })
  .strict();

/** The update information for one platform. */
export const updateSchema = z
  .object({
    /** Its anchor, starting with `update-`: update-windows-xp. `<Commands update="…">` and the like name it. */
    id: anchorIdSchema.refine((id) => id.startsWith('update-'), { error: 'Update section ids start with "update-".' }),
    /** The section's heading, e.g. "Windows Server 2003 (all versions)". */
    title: localizedSchema,
    /** Catalog ids of the products this section's package updates. */
    products: productListSchema,
    /** The service pack product that, per the source, will include the fix. */
    includedIn: productIdSchema.optional(),
    /** Whether installing needs a restart: the source's "may be required" is `may-be-required`. */
    restart: restartKindSchema,
    /** The source's deployment command lines, in its order; none when left out. */
    commands: z.array(commandSchema).default([]),
    /** The Software Update Services page the source links for this platform (absolute http(s) URL); none when left out. */
    sus: absoluteUrlSchema.optional(),
    /** The keys that show the update is installed (the wizard's `key` question); none when left out. */
    registryKeys: z.array(registryKeySchema).default([]),
    /** The file information tables, in the source's order; none when left out. */
    fileTables: z.array(fileTableSchema).default([]),
  })
  .strict();
export type Update = z.output<typeof updateSchema>;

/** A caveat: a known issue with a KB article, for some products or a situation. */
const caveatSchema = z
  .object({
    /** Its anchor, starting with `caveat-`: caveat-kb841996. */
    id: anchorIdSchema.refine((id) => id.startsWith('caveat-'), { error: 'Caveat ids start with "caveat-".' }),
    /** The KB article that documents it, digits only: 841996. */
    kb: kbNumberSchema,
    /** The products it applies to; every affected product when left out. */
    products: productListSchema.optional(),
    /** A situation it applies to (an id from `wizard.situations`); the wizard asks about it. */
    when: anchorIdSchema.optional(),
    /** What to tell the reader; inline Markdown links, `code` and **bold** are allowed (no HTML). */
    text: localizedSchema,
  })
  .strict();

/** A query parameter name of the wizard: lower-case ASCII letters, e.g. `service`. */
const queryParamSchema = z.string().regex(/^[a-z][a-z0-9]*$/, {
  error: 'A query parameter is lower-case ASCII letters and digits, starting with a letter (e.g. "service").',
});

/** One answer to a situation's question. */
const situationAnswerSchema = z
  .object({
    /** The value the query string carries, e.g. `disabled` in `?service=disabled`; links depend on it. */
    value: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'An answer value is lower-case ASCII, e.g. "disabled".' }),
    /** The choice's label in the wizard, e.g. "Yes, it is disabled". */
    label: localizedSchema,
    /** Whether this answer means the situation holds on the machine; false when left out. */
    holds: z.boolean().default(false),
  })
  .strict();

/**
 * A situation on the machine that changes the advice (a caveat names it with `when`), which the wizard
 * asks about after the key file and registry key. "Not checked" is always offered as well.
 */
const situationSchema = z
  .object({
    /** The id caveats use in `when`, e.g. `help-service-disabled`. */
    id: anchorIdSchema,
    /** The wizard's query parameter for the answer, e.g. `service`; part of its links, so never change it. */
    param: queryParamSchema,
    /** The question, e.g. "Is the Help and Support Center service disabled on the computer?". */
    question: localizedSchema,
    /** The answers, in the order shown; at least one of them `holds`. */
    answers: z
      .array(situationAnswerSchema)
      .min(1)
      .refine((answers) => answers.some((a) => a.holds), { error: 'Mark the answer that means the situation holds with "holds: true".' }),
    /** What the caveats list says before a caveat for this situation, e.g. "If the Help and Support Center service is disabled:". */
    caveatLabel: localizedSchema,
    /** The callout's heading when the answers say it holds, e.g. "The … service is disabled on this computer. Read this before installing:". */
    callout: localizedSchema,
  })
  .strict();
export type Situation = z.output<typeof situationSchema>;

/** An address from `links` that the verdict pages offer for checking a machine. */
const verifyLinkSchema = z
  .object({
    /** The key in `links`, e.g. `mbsa`. */
    link: z.string().regex(/^[a-z0-9-]+$/),
    /** The words before the link, e.g. "Scan the computer for missing security updates with". */
    intro: localizedSchema,
    /** The link's text, e.g. "Microsoft Baseline Security Analyzer (MBSA)". */
    text: localizedSchema,
  })
  .strict();

/** What the "am I affected?" wizard and the verdict pages need beyond the facts; all of it optional. */
const wizardSchema = z
  .object({
    /**
     * Older names of the `version` query parameter that links may still use, e.g. `helpctr` for the
     * version of helpctr.exe; the wizard reads them and rewrites them to `version` in the address bar.
     */
    versionAliases: z.array(queryParamSchema).default([]),
    /** The situations that change the advice, in the order the wizard asks about them. */
    situations: z.array(situationSchema).default([]),
    /** The ways to check a machine that the verdict pages offer from `links`, in order. */
    verifyLinks: z.array(verifyLinkSchema).default([]),
  })
  .strict();
export type BulletinWizard = z.output<typeof wizardSchema>;

/** A row of the affected-software table. */
const affectedRowSchema = z
  .object({
    /** The row's software as the source names it, e.g. "Microsoft Windows Server™ 2003". */
    software: localizedSchema,
    /** Catalog ids of the products the row covers (one row may name several editions). */
    products: productListSchema,
    /** The download page for the row's update (absolute http(s) URL, linked as written). */
    download: absoluteUrlSchema,
    /** Whether the source marks the row as offered by Microsoft Update (its small image); false when left out. */
    microsoftUpdate: z.boolean().default(false),
  })
  .strict();

/** A row of the non-affected-software table. */
const nonAffectedRowSchema = z
  .object({
    /** The row's software as the source names it, e.g. "Microsoft Windows NT Server 4.0 Service Pack 6a". */
    software: localizedSchema,
    /** Catalog ids of the products the row covers; each gets the verdict `not-affected`. */
    products: productListSchema,
  })
  .strict();

/** A vulnerability the bulletin fixes. */
const vulnerabilitySchema = z
  .object({
    /** The id the source uses: CAN-2004-0199 (an old candidate id) or a CVE id. */
    id: z.string().regex(/^(CAN|CVE)-\d{4}-\d{4,}$/, { error: 'Write a CVE or CAN id, e.g. CAN-2004-0199.' }),
    /** The CVE id today, CVE-2004-0199: the page `/{lang}/cve/{cve}/`; the same as `id` when the source uses it. */
    cve: z.string().regex(/^CVE-\d{4}-\d{4,}$/, { error: 'Write the CVE id, e.g. CVE-2004-0199.' }),
    /** The anchor of its section in the prose, e.g. vulnerability-can-2004-0199. */
    anchor: anchorIdSchema,
    /** The CVE entry's address, as the source links it (absolute http(s) URL, linked as written). */
    url: absoluteUrlSchema,
    /** The source's name for it, e.g. "Help and Support Center Vulnerability". */
    title: localizedSchema,
    /** What an attacker gains, e.g. "Remote Code Execution". */
    impact: localizedSchema,
    /** Severity per column of the severity table (keys are `severityColumns` ids). */
    severity: z.record(z.string(), severitySchema),
  })
  .strict();

/** A revision-history entry. */
const revisionSchema = z
  .object({
    /** The revision's date, YYYY-MM-DD: 2004-05-12. */
    date: isoDateSchema,
    /** What changed, e.g. "Published this security bulletin."; inline Markdown links are allowed. */
    text: localizedSchema,
  })
  .strict();

/** The language-neutral facts of one bulletin (`content/bulletins/{id}/bulletin.yaml`). */
export const bulletinSchema = z
  .object({
    /** The bulletin id, e.g. MS04-015; its folder is the id in lower case. */
    id: z.string().refine(isBulletinId, { error: 'Write the bulletin id as MSyy-nnn, e.g. MS04-015.' }),
    /** The KB number of the update it ships, digits only: 840374 (the page `/{lang}/kb/840374/`). */
    kb: kbNumberSchema,
    /** The highest rating in the severity table: critical, important, moderate or low. */
    severity: severitySchema,
    /** The date Microsoft first published it, YYYY-MM-DD; lists sort by it, newest first. */
    published: isoDateSchema,
    /** The date of its latest revision, YYYY-MM-DD (the same as `published` when never revised). */
    updated: isoDateSchema,
    /** The source's first heading, e.g. "Microsoft Security Bulletin MS04-015 - Important". */
    headline: localizedSchema,
    /** The page's title and h1, e.g. "Vulnerability in … Could Allow Remote Code Execution (840374)". */
    title: localizedSchema,
    /** Where the facts come from; shown at the foot of the page. */
    source: z
      .object({
        /** The original's address (absolute http(s) URL), linked as "Source". */
        url: absoluteUrlSchema,
        /** The unmodified copy of the original, a file name beside bulletin.yaml: source.ja.md. */
        file: z.string().min(1),
        /** An address the original's header links without link text; shown as "Related" when given. */
        related: absoluteUrlSchema.optional(),
      })
      .strict(),
    /** The fields `<SummaryFields />` shows, as the source's summary gives them. */
    summary: z
      .object({
        /** Who should read it, e.g. "Customers who use Microsoft® Windows®". */
        audience: localizedSchema,
        /** The worst outcome, e.g. "Remote Code Execution" (also the page's description). */
        impact: localizedSchema,
        /** Microsoft's advice, e.g. "Customers should install this update at the earliest opportunity." */
        recommendation: localizedSchema,
        /** Ids of the bulletins whose updates this one replaces, e.g. [MS03-044]; none when left out. */
        replaces: z.array(z.string()).default([]),
      })
      .strict(),
    /** Known issues with the update, each documented in a KB article; none when left out. */
    caveats: z.array(caveatSchema).default([]),
    /** What `<AffectedSoftware />` shows: the products the update fixes and where to download it. */
    affectedSoftware: z
      .object({
        /** The heading of the download column, as the source writes it: PC/AT. */
        platform: z.string().min(1),
        /** At least one row, in the source's order. */
        rows: z.array(affectedRowSchema).min(1),
      })
      .strict(),
    /** What `<NonAffectedSoftware />` shows, in the source's order; none when left out. */
    nonAffectedSoftware: z.array(nonAffectedRowSchema).default([]),
    /**
     * The severity table's platform columns, in order: an `id` that `vulnerabilities[].severity` uses as
     * a key (windows-xp) and the `label` the column shows (Windows XP).
     */
    severityColumns: z.array(z.object({ id: z.string().min(1), label: z.string().min(1) }).strict()).min(1),
    /** What it fixes, at least one, in the source's order (each gets a `/{lang}/cve/{cve}/` page). */
    vulnerabilities: z.array(vulnerabilitySchema).min(1),
    /** The file whose version tells whether a machine is fixed, e.g. helpctr.exe (the wizard's `helpctr` question). */
    keyFile: z.string().min(1),
    /** The installer's switches in the source's groups (`group` is a name such as "Setup modes"; the first may have none); none when left out. */
    setupSwitches: z
      .array(z.object({ group: localizedSchema.optional(), switches: z.array(switchSchema).min(1) }).strict())
      .default([]),
    /** How to remove the update, for the at-a-glance box and `<RemovalSwitches />`. */
    removal: z
      .object({
        /** Whether the source says Add or Remove Programs removes it. */
        addRemovePrograms: z.boolean(),
        /** The folder holding Spuninst.exe, exactly as written: '%Windir%\$NTUninstallKB840374$\Spuninst'. */
        spuninstFolder: z.string().min(1).optional(),
        /** Spuninst.exe's switches, in the source's order; none when left out. */
        switches: z.array(switchSchema).default([]),
      })
      .strict(),
    /** The update information, one section per platform package, at least one. */
    updates: z.array(updateSchema).min(1),
    /** The revision history, oldest first, at least one entry (the first publication). */
    revisions: z.array(revisionSchema).min(1),
    /**
     * External addresses the prose cites, by a lower-case key: `mbsa: https://…` is linked with
     * `<Link to="mbsa">`. None when left out.
     */
    links: z.record(z.string().regex(/^[a-z0-9-]+$/), absoluteUrlSchema).default({}),
    /** The wizard's situations, version-parameter aliases and verification links. */
    wizard: wizardSchema.default({ versionAliases: [], situations: [], verifyLinks: [] }),
  })
  .strict();
export type Bulletin = z.output<typeof bulletinSchema>;
export type BulletinInput = z.input<typeof bulletinSchema>;
