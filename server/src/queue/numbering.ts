import type { QueueState } from './model.ts'

// A ticket's number is the service prefix and a per-prefix sequence of at least three digits. Sequences
// live in the saved state, so a restart continues where the day left off and a number is never reused.

export function formatNumber(prefix: string, seq: number): string {
  return `${prefix}${String(seq).padStart(3, '0')}`
}

/** The highest sequence already used for a prefix, from the counter and from the tickets themselves. */
export function lastSequence(state: QueueState, prefix: string): number {
  // The tickets are checked too: should a saved `sequences` ever lag behind its tickets (a hand-edited
  // or partly restored file), reusing a number would call two citizens to the same counter.
  const own = new RegExp(`^${prefix}(\\d+)$`)
  let last = state.sequences[prefix] ?? 0
  for (const t of state.tickets) {
    if (t.seq > last && own.test(t.number)) last = t.seq
  }
  return last
}

export interface NextNumber {
  seq: number
  number: string
  sequences: Record<string, number>
}

export function nextNumber(state: QueueState, prefix: string): NextNumber {
  const seq = lastSequence(state, prefix) + 1
  return { seq, number: formatNumber(prefix, seq), sequences: { ...state.sequences, [prefix]: seq } }
}
