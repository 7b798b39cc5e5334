import { AppError } from '../errors.ts'
import type { OfficeConfig } from '../config/schema.ts'
import { emptyState } from '../queue/day.ts'
import type { DomainEvent, QueueState, Ticket, Transition } from '../queue/model.ts'
import { instantOf } from '../queue/office-time.ts'

/** A logged event as the store writes it (the store stamps seq on append). */
export type StampedEvent = DomainEvent & { seq: number }

/**
 * Applies real queue rules to a day's state the way store.transact does: events get the next seq
 * numbers, the new state records the last one. Nothing is written until the day is over.
 */
export interface DayRun {
  /** The whole day: every ticket, in issue order. */
  state(): QueueState
  events: StampedEvent[]
  apply<R>(rule: (s: QueueState) => Transition<R>): R
  /** Like apply, but an expected refusal (e.g. SLOT_FULL at the kiosk) returns null instead of throwing. */
  attempt<R>(rule: (s: QueueState) => Transition<R>, refusals: readonly string[]): R | null
}

/** Retire settled tickets every this many rule applications. */
const RETIRE_EVERY = 64

export function createDayRun(config: OfficeConfig, date: string): DayRun {
  let state = emptyState(config, date)
  const events: StampedEvent[] = []
  const retired: Ticket[] = []
  const issueOrder = new Map<string, number>()
  let applied = 0

  /**
   * Every rule copies the day's ticket list, so a 600-ticket day costs O(n²). A ticket that is done or
   * no-show, whose slot has ended, and that no counter holds (current, or last finished for the rating
   * tablet) can never change any rule's outcome again: call order reads waiting tickets, capacity only
   * slots that have not ended, numbering the saved sequences. Setting it aside keeps the rules' answers
   * identical and the simulation linear; state() puts every ticket back in issue order.
   */
  function retire(now: number): void {
    const held = new Set(Object.values(state.counters).flatMap((c) => [c.ticketId, c.lastFinishedTicketId]))
    const keep: Ticket[] = []
    for (const t of state.tickets) {
      const isSettled = t.status === 'done' || t.status === 'no_show'
      if (isSettled && !held.has(t.id) && instantOf(date, t.slotEnd, config.office.timeZone) <= now) retired.push(t)
      else keep.push(t)
    }
    if (keep.length < state.tickets.length) state = { ...state, tickets: keep }
  }

  const apply = <R>(rule: (s: QueueState) => Transition<R>): R => {
    const t = rule(state)
    const base = t.state.eventSeq
    for (const [i, e] of t.events.entries()) {
      events.push({ ...e, seq: base + i + 1 })
      if (e.type === 'issued' && e.ticketId !== undefined) issueOrder.set(e.ticketId, issueOrder.size)
    }
    state = { ...t.state, eventSeq: base + t.events.length }
    if (++applied % RETIRE_EVERY === 0) retire(state.lastInstant)
    return t.result
  }
  return {
    state: () => ({
      ...state,
      tickets: [...retired, ...state.tickets].sort((a, b) => (issueOrder.get(a.id) ?? 0) - (issueOrder.get(b.id) ?? 0)),
    }),
    events,
    apply,
    attempt(rule, refusals) {
      try {
        return apply(rule)
      } catch (error) {
        // A citizen turned away by the rules (full slot, office closed) is part of the simulation.
        if (error instanceof AppError && refusals.includes(error.code)) return null
        throw error
      }
    },
  }
}
