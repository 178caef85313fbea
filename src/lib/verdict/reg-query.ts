/** The command that shows whether a registry key exists (`reg query` fails when it does not). */
export function regQueryCommand(key: string): string {
  return `reg query "${key}"`;
}
