/** How much of the corpus's software rows the spellings map to products: per year, and every row they do not. */
import type { CorpusFacts } from '../../schemas/corpus.ts';
import { mapSourceRow, type SpellingTable, type UnmappedReason } from './source-names.ts';

/** One year's rows (affected and not affected) and how many are mapped whole. */
export interface YearCoverage {
  year: number;
  /** Rows that name software: every row but those the spellings file says name no product. */
  rows: number;
  mapped: number;
  /** Rows that name no product (a heading row, a note), left out of `rows`; listed with the reason. */
  notProducts: number;
}

/** A name no spelling maps (or one the file says names no product), with every row it stands in. */
export interface UnmappedName {
  reason: UnmappedReason;
  /** The rows, as `MS03-026 affected[0]`, in corpus order. */
  rows: string[];
}

export interface Coverage {
  years: YearCoverage[];
  /** Most rows first. */
  unmapped: UnmappedName[];
}

/**
 * A row is mapped when its name and its component are mapped whole. A row that names no product at all
 * (the spellings file says why) is not software: it leaves the share and is listed with its reason.
 */
export function mappingCoverage(facts: readonly Pick<CorpusFacts, 'id' | 'year' | 'affected' | 'notAffected'>[], table: SpellingTable): Coverage {
  const years = new Map<number, YearCoverage>();
  const unmapped = new Map<string, UnmappedName>();
  for (const bulletin of facts) {
    const year = years.get(bulletin.year) ?? { year: bulletin.year, rows: 0, mapped: 0, notProducts: 0 };
    years.set(bulletin.year, year);
    for (const kind of ['affected', 'notAffected'] as const) {
      bulletin[kind].forEach((row, index) => {
        const mapped = mapSourceRow(row, table);
        const named = mapped.products.length + mapped.components.length > 0;
        if (!named && mapped.unmapped.length > 0 && mapped.unmapped.every((u) => u.kind === 'not-a-product')) year.notProducts++;
        else year.rows++;
        if (mapped.unmapped.length === 0 && named) {
          year.mapped++;
          return;
        }
        const where = `${bulletin.id} ${kind}[${index}]`;
        const reasons: UnmappedReason[] = mapped.unmapped.length > 0 ? mapped.unmapped : [{ kind: 'unknown', part: row.name }];
        for (const reason of reasons) {
          const key = `${reason.kind}\u0000${reason.part.toLowerCase()}`;
          const entry = unmapped.get(key) ?? { reason, rows: [] };
          if (entry.rows.at(-1) !== where) entry.rows.push(where);
          unmapped.set(key, entry);
        }
      });
    }
  }
  return {
    years: [...years.values()].sort((a, b) => a.year - b.year),
    unmapped: [...unmapped.values()].sort((a, b) => b.rows.length - a.rows.length || a.reason.part.localeCompare(b.reason.part)),
  };
}

/** The share of rows mapped, over the given years, as a fraction (1 when there are no rows). */
export function mappedShare(years: readonly YearCoverage[]): number {
  const rows = years.reduce((n, y) => n + y.rows, 0);
  return rows === 0 ? 1 : years.reduce((n, y) => n + y.mapped, 0) / rows;
}
