/** File versions: four dot-separated numbers, compared numerically part by part. */

export type FileVersion = readonly [number, number, number, number];

const VERSION_PATTERN = /^(\d{1,9})\.(\d{1,9})\.(\d{1,9})\.(\d{1,9})$/;

/** Parses `5.1.2600.1515`; undefined for anything else (surrounding spaces are ignored). */
export function parseVersion(text: string): FileVersion | undefined {
  const match = VERSION_PATTERN.exec(text.trim());
  if (!match) return undefined;
  return [Number(match[1]), Number(match[2]), Number(match[3]), Number(match[4])];
}

/** Negative if a is older than b, 0 if equal, positive if newer. 5.1.2600.200 < 5.1.2600.1515. */
export function compareVersions(a: FileVersion, b: FileVersion): number {
  for (let i = 0; i < 4; i++) {
    const diff = a[i]! - b[i]!;
    if (diff !== 0) return diff;
  }
  return 0;
}

/** Whether `version` is at or above `fixed` (the source's 「(またはそれ以降)」). */
export function isAtOrAbove(version: FileVersion, fixed: FileVersion): boolean {
  return compareVersions(version, fixed) >= 0;
}
