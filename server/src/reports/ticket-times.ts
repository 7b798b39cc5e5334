import type { Ticket } from '../queue/model.ts'

// The contract's definitions, in ms, used by every report path (aggregates, raw tickets, exports).

/** wait = first call − max(issued, slot start): a citizen who booked ahead is not waiting before the slot. */
export function waitMs(t: Ticket, slotStartInstant: number): number | null {
  if (t.firstCalledAt === undefined) return null
  // Called before the slot began (an early call, or a hand-edited log): no negative wait.
  return Math.max(0, t.firstCalledAt - Math.max(t.issuedAt, slotStartInstant))
}

/** service = finished − called (the last call: a recall or the call after a transfer), done tickets only. */
export function serviceMs(t: Ticket): number | null {
  if (t.status !== 'done' || t.finishedAt === undefined || t.calledAt === undefined) return null
  return Math.max(0, t.finishedAt - t.calledAt)
}
