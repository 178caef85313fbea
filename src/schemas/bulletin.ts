import { z } from 'astro/zod';
import {
  absoluteUrlSchema,
  anchorIdSchema,
  isoDateSchema,
  kbNumberSchema,
  localizedSchema,
  productIdSchema,
} from './common.ts';

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
    /** What it does. */
    text: localizedSchema,
  })
  .strict();

/** The columns a file table can have, in the source's order. */
export const FILE_COLUMNS = ['date', 'time', 'version', 'size', 'file', 'platform', 'folder'] as const;
export type FileColumn = (typeof FILE_COLUMNS)[number];

/** One row of a file table, exactly as the source gives it. */
const fileRowSchema = z
  .object({
    /** The file's date. */
    date: isoDateSchema,
    /** The file's time, `HH:MM:SS`. */
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/, {
      error: (issue) => `"${String(issue.input)}" is not a time. Write HH:MM:SS in quotes, e.g. '15:04:40'.`,
    }),
    /** The file version; left out where the source gives none. */
    version: fileVersionSchema.optional(),
    /** The size in bytes. */
    size: z.number({ error: 'The size must be a number of bytes, without separators (782848, not 782,848).' }).int().positive({
      error: 'The size must be a positive whole number of bytes.',
    }),
    /** The file name. */
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
    /** The anchor id; starts with `files-`. */
    id: anchorIdSchema.refine((id) => id.startsWith('files-'), { error: 'File table ids start with "files-".' }),
    /** The source's line naming the editions the table is for. */
    caption: localizedSchema,
    /** The source table's columns; all of them unless the source leaves one out. */
    columns: z.array(z.enum(FILE_COLUMNS)).min(1).default([...FILE_COLUMNS]),
    /** The products the files are for. */
    products: productListSchema,
    /** For dual-mode packages: which products each folder's files serve. */
    folderProducts: z.record(z.string(), productListSchema).optional(),
    /** The rows, in the source's order. */
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
    /** The products whose key this is. */
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
    /** What it is for. */
    purpose: z.enum(['unattended', 'no-restart']),
    /** The products it is for (the package named in the line is for these). */
    products: productListSchema,
    /** The source's sentence that introduces it. */
    text: localizedSchema,
    /** The command line, exactly as written. */
    line: z.string().min(1),
  })
  .strict();

/** The update information for one platform. */
const updateSchema = z
  .object({
    /** The anchor id; starts with `update-`. */
    id: anchorIdSchema.refine((id) => id.startsWith('update-'), { error: 'Update section ids start with "update-".' }),
    /** The heading. */
    title: localizedSchema,
    /** The products this section is for. */
    products: productListSchema,
    /** The service pack product that, per the source, will include the fix. */
    includedIn: productIdSchema.optional(),
    /** Whether installing may need a restart. */
    restart: z.enum(['required', 'may-be-required', 'not-required']),
    /** The deployment command lines. */
    commands: z.array(commandSchema).default([]),
    /** The Software Update Services page for deploying it. */
    sus: absoluteUrlSchema.optional(),
    /** The registry keys that show it is installed. */
    registryKeys: z.array(registryKeySchema).default([]),
    /** The file tables. */
    fileTables: z.array(fileTableSchema).default([]),
  })
  .strict();
export type Update = z.output<typeof updateSchema>;

/** A caveat: a known issue with a KB article, for some products or a situation. */
const caveatSchema = z
  .object({
    /** The anchor id; starts with `caveat-`. */
    id: anchorIdSchema.refine((id) => id.startsWith('caveat-'), { error: 'Caveat ids start with "caveat-".' }),
    /** The KB article that documents it. */
    kb: kbNumberSchema,
    /** The products it applies to; every affected product when left out. */
    products: productListSchema.optional(),
    /** A situation it applies to (an id from `wizard.situations`); the wizard asks about it. */
    when: anchorIdSchema.optional(),
    /** The text; inline Markdown links and `code` are allowed. */
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
    /** The question, e.g. "Is the Help and Support service disabled on the machine?". */
    question: localizedSchema,
    /** The answers, in the order shown; at least one of them `holds`. */
    answers: z
      .array(situationAnswerSchema)
      .min(1)
      .refine((answers) => answers.some((a) => a.holds), { error: 'Mark the answer that means the situation holds with "holds: true".' }),
    /** What the caveats list says before a caveat for this situation, e.g. "If the Help and Support service is disabled:". */
    caveatLabel: localizedSchema,
    /** The callout's heading when the answers say it holds, e.g. "The … service is disabled on this machine. Read this before installing:". */
    callout: localizedSchema,
  })
  .strict();
export type Situation = z.output<typeof situationSchema>;

/** An address from `links` that the verdict pages offer for checking a machine. */
const verifyLinkSchema = z
  .object({
    /** The key in `links`, e.g. `mbsa`. */
    link: z.string().regex(/^[a-z0-9-]+$/),
    /** The words before the link, e.g. "Scan it for missing security updates with". */
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
    /** The software, as the source names it. */
    software: localizedSchema,
    /** The catalog products it covers. */
    products: productListSchema,
    /** The download page for its update. */
    download: absoluteUrlSchema,
    /** Whether the source marks it as available from Microsoft Update. */
    microsoftUpdate: z.boolean().default(false),
  })
  .strict();

/** A row of the non-affected-software table. */
const nonAffectedRowSchema = z
  .object({
    /** The software, as the source names it. */
    software: localizedSchema,
    /** The catalog products it covers. */
    products: productListSchema,
  })
  .strict();

/** A vulnerability the bulletin fixes. */
const vulnerabilitySchema = z
  .object({
    /** The id the source uses (a CAN or CVE id). */
    id: z.string().regex(/^(CAN|CVE)-\d{4}-\d{4,}$/, { error: 'Write a CVE or CAN id, e.g. CAN-2004-0199.' }),
    /** The current CVE id. */
    cve: z.string().regex(/^CVE-\d{4}-\d{4,}$/, { error: 'Write the CVE id, e.g. CVE-2004-0199.' }),
    /** The anchor of its details section. */
    anchor: anchorIdSchema,
    /** The CVE entry's address, as the source links it. */
    url: absoluteUrlSchema,
    /** Its title. */
    title: localizedSchema,
    /** Its impact. */
    impact: localizedSchema,
    /** Severity per column of the severity table (keys are `severityColumns` ids). */
    severity: z.record(z.string(), severitySchema),
  })
  .strict();

/** A revision-history entry. */
const revisionSchema = z
  .object({
    /** When. */
    date: isoDateSchema,
    /** What changed; inline Markdown links are allowed. */
    text: localizedSchema,
  })
  .strict();

/** The language-neutral facts of one bulletin (`content/bulletins/{id}/bulletin.yaml`). */
export const bulletinSchema = z
  .object({
    /** The bulletin id, e.g. MS04-015; its folder is the id in lower case. */
    id: z.string().regex(/^MS\d{2}-\d{3}$/, { error: 'Write the bulletin id as MSyy-nnn, e.g. MS04-015.' }),
    /** The KB number of the update it ships. */
    kb: kbNumberSchema,
    /** The maximum severity. */
    severity: severitySchema,
    /** First published. */
    published: isoDateSchema,
    /** Last updated. */
    updated: isoDateSchema,
    /** The source's first heading. */
    headline: localizedSchema,
    /** The title. */
    title: localizedSchema,
    /** Where the facts come from. */
    source: z
      .object({
        /** The original's address. */
        url: absoluteUrlSchema,
        /** The unmodified copy of it, beside this file. */
        file: z.string().min(1),
        /** The address the original's header links to without link text. */
        related: absoluteUrlSchema.optional(),
      })
      .strict(),
    /** The summary fields. */
    summary: z
      .object({
        /** Who should read it. */
        audience: localizedSchema,
        /** The impact of the vulnerability. */
        impact: localizedSchema,
        /** What Microsoft recommends. */
        recommendation: localizedSchema,
        /** The bulletins whose updates this one replaces (empty: none). */
        replaces: z.array(z.string()).default([]),
      })
      .strict(),
    /** Known issues. */
    caveats: z.array(caveatSchema).default([]),
    /** The affected-software table. */
    affectedSoftware: z
      .object({
        /** The heading of the download column. */
        platform: z.string().min(1),
        /** The rows. */
        rows: z.array(affectedRowSchema).min(1),
      })
      .strict(),
    /** The non-affected-software table. */
    nonAffectedSoftware: z.array(nonAffectedRowSchema).default([]),
    /** The severity table's platform columns. */
    severityColumns: z.array(z.object({ id: z.string().min(1), label: z.string().min(1) }).strict()).min(1),
    /** The vulnerabilities. */
    vulnerabilities: z.array(vulnerabilitySchema).min(1),
    /** The file whose version tells whether a machine is fixed. */
    keyFile: z.string().min(1),
    /** The setup switches, in groups (a group without a name comes first). */
    setupSwitches: z
      .array(z.object({ group: localizedSchema.optional(), switches: z.array(switchSchema).min(1) }).strict())
      .default([]),
    /** How to remove the update. */
    removal: z
      .object({
        /** Whether Add or Remove Programs removes it. */
        addRemovePrograms: z.boolean(),
        /** The folder of Spuninst.exe. */
        spuninstFolder: z.string().min(1).optional(),
        /** Spuninst.exe's switches. */
        switches: z.array(switchSchema).default([]),
      })
      .strict(),
    /** The update information, one entry per platform. */
    updates: z.array(updateSchema).min(1),
    /** The revision history, oldest first. */
    revisions: z.array(revisionSchema).min(1),
    /** External addresses the prose cites, by key. */
    links: z.record(z.string().regex(/^[a-z0-9-]+$/), absoluteUrlSchema).default({}),
    /** The wizard's situations, version-parameter aliases and verification links. */
    wizard: wizardSchema.default({ versionAliases: [], situations: [], verifyLinks: [] }),
  })
  .strict();
export type Bulletin = z.output<typeof bulletinSchema>;
export type BulletinInput = z.input<typeof bulletinSchema>;
