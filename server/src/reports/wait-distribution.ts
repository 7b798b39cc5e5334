import type { WaitBucket } from '../contract/reports.ts'

const MINUTE = 60_000

/**
 * Lower edges of the wait buckets in minutes; the last is open (60+). Finer below 20 minutes, where most
 * waits fall and the services' targets sit, wider above, where the long tail only needs to be seen.
 */
export const WAIT_BUCKET_EDGES = [0, 5, 10, 15, 20, 30, 45, 60] as const

/**
 * How many waits fall in each bucket, from the exact ms (never the rounded minutes): a bucket holds
 * from ≤ wait < to, so a wait of exactly 5:00 counts in 5–10 and 4:59.999 in 0–5.
 */
export function waitDistribution(waitsMs: readonly number[]): WaitBucket[] {
  const counts = WAIT_BUCKET_EDGES.map(() => 0)
  for (const ms of waitsMs) {
    let b = WAIT_BUCKET_EDGES.length - 1
    while (b > 0 && ms < WAIT_BUCKET_EDGES[b]! * MINUTE) b--
    counts[b]!++
  }
  return WAIT_BUCKET_EDGES.map((fromMinutes, b) => ({ fromMinutes, toMinutes: WAIT_BUCKET_EDGES[b + 1] ?? null, count: counts[b]! }))
}
