/**
 * content/corpus-exceptions.yaml: the bulletins where a required field is genuinely absent from the
 * source or cannot be read reliably. Pure: parse the file's text, check the importer's facts against it.
 */
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { REQUIRED_FIELDS, hasField, type RequiredField } from './extract.ts';
import type { CorpusFacts } from '../../schemas/corpus.ts';

/** The exceptions file, relative to the project root. */
export const EXCEPTIONS_FILE = 'content/corpus-exceptions.yaml';

/** One exception: this bulletin lacks this required field, for this reason. */
const exceptionSchema = z
  .object({
    /** The bulletin id, upper case: MS99-030. */
    bulletin: z.string().regex(/^MS\d{2}-\d{3}$/, { error: 'Write the bulletin id in upper case as MSyy-nnn, e.g. MS99-030.' }),
    /** The required field the source lacks. */
    field: z.enum(REQUIRED_FIELDS, { error: (issue) => `"${String(issue.input)}" is not a required field. Use one of: ${REQUIRED_FIELDS.join(', ')}.` }),
    /** Why, in English, short and checked against the source. */
    reason: z.string({ error: 'Give a reason: why the source lacks the field.' }).trim().min(1, { error: 'The reason is empty. Say why the source lacks the field.' }),
  })
  .strict();
export type CorpusException = z.output<typeof exceptionSchema>;

/** Parses and checks the exceptions file's text; errors name the file and the entry. */
export function parseCorpusExceptions(text: string, file = EXCEPTIONS_FILE): CorpusException[] {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid YAML: ${(error as Error).message}`);
  }
  if (data === null || data === undefined) return [];
  if (!Array.isArray(data)) throw new Error(`${file}: expected a list of { bulletin, field, reason } entries at the top level.`);
  const seen = new Set<string>();
  return data.map((entry: unknown, index) => {
    const result = exceptionSchema.safeParse(entry);
    const where = `${file}, entry ${index + 1}${isNamed(entry) ? ` (${entry.bulletin})` : ''}`;
    if (!result.success) {
      const issues = result.error.issues.map((issue) => `${issue.path.join('.') || 'entry'}: ${issue.message}`).join('; ');
      throw new Error(`${where}: ${issues}`);
    }
    const key = `${result.data.bulletin}/${result.data.field}`;
    if (seen.has(key)) throw new Error(`${where}: ${result.data.bulletin} ${result.data.field} is listed twice. Remove one.`);
    seen.add(key);
    return result.data;
  });
}

function isNamed(entry: unknown): entry is { bulletin: string } {
  return typeof entry === 'object' && entry !== null && typeof (entry as { bulletin?: unknown }).bulletin === 'string';
}

/** A required field missing without an exception, or an exception for a field that is there. */
export interface ExceptionIssue {
  kind: 'missing' | 'stale' | 'unknown-bulletin';
  bulletin: string;
  file?: string;
  field: RequiredField;
  message: string;
}

/**
 * Checks facts against the exceptions: every required field a bulletin lacks must be listed, and every
 * listed field must still be missing (`stale` otherwise). `complete` says whether `facts` is the whole
 * corpus (only then is an exception for a bulletin not in `facts` an issue).
 */
export function checkCorpusExceptions(facts: CorpusFacts[], exceptions: CorpusException[], complete = false): ExceptionIssue[] {
  const issues: ExceptionIssue[] = [];
  const listed = new Set(exceptions.map((e) => `${e.bulletin}/${e.field}`));
  const byId = new Map(facts.map((f) => [f.id, f]));
  for (const f of facts) {
    for (const field of REQUIRED_FIELDS) {
      if (!hasField(f, field) && !listed.has(`${f.id}/${field}`)) {
        issues.push({
          kind: 'missing',
          bulletin: f.id,
          file: f.file,
          field,
          message: `${f.file}: ${f.id} has no ${field}. Fix the importer (src/lib/corpus/extract.ts) to read it, or, if the source truly lacks it, add { bulletin: ${f.id}, field: ${field}, reason: "…" } to ${EXCEPTIONS_FILE}.`,
        });
      }
    }
  }
  for (const e of exceptions) {
    const f = byId.get(e.bulletin);
    if (!f) {
      if (complete) issues.push({ kind: 'unknown-bulletin', bulletin: e.bulletin, field: e.field, message: `${EXCEPTIONS_FILE}: ${e.bulletin} is not in the corpus. Remove the entry.` });
      continue;
    }
    if (hasField(f, e.field)) {
      issues.push({
        kind: 'stale',
        bulletin: e.bulletin,
        file: f.file,
        field: e.field,
        message: `${EXCEPTIONS_FILE}: ${e.bulletin} ${e.field} is listed as missing, but the importer now reads it from ${f.file}. Remove the entry.`,
      });
    }
  }
  return issues;
}
