import type { Stats } from '../contract/index.ts'
import type { DurationStats } from '../contract/reports.ts'

// Durations are kept in whole milliseconds from the clock to the report, and rounded once, here.
// Rounding ms / 6000 (tenths of a minute) in one division keeps the half-way cases exact: 177 000 ms is
// 2.95 min and shows as 3.0 whichever path computed it (aggregates or raw tickets).

const MS_PER_TENTH_MINUTE = 6_000

/** Milliseconds → minutes to 0.1 (half-way rounds up). */
export function tenths(ms: number): number {
  return Math.round(ms / MS_PER_TENTH_MINUTE) / 10
}

/** part ÷ whole × 100 to 0.1, or null when there is nothing to divide by. */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part * 1000) / whole) / 10
}

/** Nearest rank: the smallest value with at least p % of the values at or below it (CONTRACT). */
export function nearestRank(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return 0
  // p * n is an integer, so the one division cannot land just above a whole rank.
  const rank = Math.max(1, Math.ceil((p * sorted.length) / 100))
  return sorted[rank - 1] ?? 0
}

/** Mean, median, p90 (nearest rank) and max of durations in ms, as minutes to 0.1. */
export function durationStats(ms: readonly number[]): DurationStats {
  if (ms.length === 0) return { count: 0, mean: 0, median: 0, p90: 0, max: 0 }
  const sorted = Float64Array.from(ms).sort()
  let sum = 0
  for (const v of sorted) sum += v
  return {
    count: sorted.length,
    mean: tenths(sum / sorted.length),
    median: tenths(nearestRank(sorted, 50)),
    p90: tenths(nearestRank(sorted, 90)),
    max: tenths(sorted[sorted.length - 1] ?? 0),
  }
}

/** The contract's summary shape (no count). */
export function stats(ms: readonly number[]): Stats {
  const { mean, median, p90, max } = durationStats(ms)
  return { mean, median, p90, max }
}
