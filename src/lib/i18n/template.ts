/**
 * Fills `{name}` placeholders in one pass, so a value that itself contains `{…}` stays as given; a
 * placeholder with no value stays as written. The one filler for UI strings and verdict texts.
 */
export function fill(template: string, vars: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(vars, name) ? String(vars[name]) : whole));
}
