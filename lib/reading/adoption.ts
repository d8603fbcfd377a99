/** As much of a person's reading row as the totals look at. */
export type AdoptionCounted = { behind: number | null; lastOpenedAt: Date | null };

export type AdoptionTotals = { total: number; confirmed: number; behind: number; neverOpened: number };

/**
 * The sentence above the adoption table, counted from the table's own rows so the two cannot
 * disagree: up to date means 0 versions behind; everyone else is behind, whether they confirmed an
 * older version or none; never opened is counted among them as well.
 */
export function adoptionTotals(rows: readonly AdoptionCounted[]): AdoptionTotals {
  return {
    total: rows.length,
    confirmed: rows.filter((r) => r.behind === 0).length,
    behind: rows.filter((r) => r.behind !== null && r.behind > 0).length,
    neverOpened: rows.filter((r) => r.lastOpenedAt === null).length,
  };
}
