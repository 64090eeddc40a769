/** Small statistics shared by the KPIs; each returns null when there is nothing to measure. */

/** part / whole, or null when whole is 0 (a share of nothing is not 0 %). */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/**
 * The nearest-rank percentile of sorted values (p in 0..100): the smallest value with at least
 * p % of the values at or below it. Nearest rank, so the answer is always a measured value.
 */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] ?? null;
}

/** The median of sorted values: the middle one, or the mean of the two middle ones. */
export function median(sorted: readonly number[]): number | null {
  const count = sorted.length;
  if (count === 0) return null;
  const middle = Math.floor(count / 2);
  const upper = sorted[middle] as number;
  return count % 2 === 1 ? upper : ((sorted[middle - 1] as number) + upper) / 2;
}

/** Adds one to a counter of a map-like record. */
export function bump<K extends string>(counts: Partial<Record<K, number>>, key: K, by = 1): void {
  counts[key] = (counts[key] ?? 0) + by;
}
