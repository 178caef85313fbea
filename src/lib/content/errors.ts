/** Turns content problems into errors a content author can act on: the file, the field, the fix. */
import { AstroError } from 'astro/errors';
import type { z } from 'astro/zod';

/**
 * A content problem. Thrown, never logged: a logged error lets a broken build pass. Astro prints a
 * user error's own hint, where it would otherwise guess one that has nothing to do with content.
 */
export class ContentError extends AstroError {
  override name = 'ContentError';
  constructor(message: string) {
    super(message, 'Each line names a file, the field and what to do. Fix them all, then build again.');
  }
}

/** One problem: where it is and what to do. */
export interface ContentProblem {
  /** The file, relative to the project root. */
  file: string;
  /** The field, as a dotted path (`updates[1].fileTables[0].rows[2].version`), or '' for the whole file. */
  field: string;
  /** What is wrong and how to fix it. */
  message: string;
}

/** Formats a path such as ['rows', 2, 'version'] as `rows[2].version`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/** One line per problem: `file → field: message`. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const lines = problems.map((p) => `  ${p.file}${p.field ? ` → ${p.field}` : ''}: ${p.message}`);
  const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
  return `The content has ${count}:\n${lines.join('\n')}`;
}

/** Throws a ContentError listing every problem, if there are any. */
export function throwIfProblems(problems: readonly ContentProblem[]): void {
  if (problems.length > 0) throw new ContentError(formatProblems(problems));
}

/** Schema issues as problems of one file. */
export function issuesToProblems(file: string, issues: readonly z.core.$ZodIssue[]): ContentProblem[] {
  return flattenIssues(issues, []).map(({ path, message }) => ({ file, field: formatPath(path), message }));
}

/**
 * A union issue (a `{ ja, en }` pair or its string shorthand) says only "invalid input": report the issues
 * of the branch the author was writing instead, at their full path.
 */
function flattenIssues(issues: readonly z.core.$ZodIssue[], base: PropertyKey[]): { path: PropertyKey[]; message: string }[] {
  return issues.flatMap((issue) => {
    const path = [...base, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const wrongShape = (branch: readonly z.core.$ZodIssue[]) =>
        branch.every((i) => i.code === 'invalid_type' && i.path.length === 0);
      const attempted = issue.errors.find((branch) => !wrongShape(branch));
      if (attempted) return flattenIssues(attempted, path);
    }
    return [{ path, message: friendlyMessage(issue) }];
  });
}

/** Zod's generic messages, rephrased to say what to do. Our schemas' own messages pass through. */
function friendlyMessage(issue: z.core.$ZodIssue): string {
  const generic = /^(Invalid input|Invalid option|Unrecognized key|Too small|Too big|Invalid string)/.test(issue.message);
  if (!generic) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `This field is required. Add it (expected ${issue.expected}).`
        : `Expected ${issue.expected}, found ${describe(issue.input)}. Correct the value.`;
    case 'unrecognized_keys':
      return `Unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}. Check the spelling, or remove ${issue.keys.length > 1 ? 'them' : 'it'}.`;
    case 'invalid_value':
      return `Expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, found ${describe(issue.input)}.`;
    case 'invalid_union':
      return `Expected a string or a { ja, en } pair, found ${describe(issue.input)}.`;
    case 'too_small':
      return issue.origin === 'array'
        ? `List at least ${String(issue.minimum)} item${Number(issue.minimum) === 1 ? '' : 's'}.`
        : `Too small: at least ${String(issue.minimum)} expected.`;
    default:
      return issue.message;
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${JSON.stringify(value)}`;
}
