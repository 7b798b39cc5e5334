import type { CounterStatus, PrintState, PriorityClass, RatingScore, TicketStatus } from '../contract/index.ts'

// The live state of today's queue: what the store keeps in `live.json` and what every rule takes.
// Instants are epoch ms (UTC); slot times are HH:MM in the office time zone.

export interface Rating {
  score: RatingScore
  reasons: string[]
  comment?: string
  at: number
  /** 'phone' (the ticket's page) or 'tablet' (the counter's rating tablet). */
  source: 'phone' | 'tablet'
}

export interface Transfer {
  fromServiceId: string
  toServiceId: string
  counterId: string
  staffId?: string
  reason?: string
  at: number
}

export interface Ticket {
  id: string
  number: string
  seq: number
  serviceId: string
  /** The service the citizen first asked for (kept through transfers, for reports). */
  originalServiceId: string
  slotStart: string
  slotEnd: string
  priority: PriorityClass | null
  status: TicketStatus
  kioskId: string
  issuedAt: number
  calledAt?: number
  /** First call; `calledAt` moves on a recall. Wait time is measured to the first call. */
  firstCalledAt?: number
  startedAt?: number
  finishedAt?: number
  counterId?: string
  staffId?: string
  recalls: number
  transfers: Transfer[]
  rating?: Rating
  dossierCode?: string
  /** Set only when the citizen took the ticket in English (the phone page's language). */
  lang?: 'en'
  print: { state: PrintState }
}

export interface CounterState {
  id: string
  status: CounterStatus
  /** The ticket now called or served here. */
  ticketId: string | null
  staffId?: string
  pauseReason?: string
  /** Priority tickets called here in a row, for the interleaving rule. */
  priorityInARow: number
  /** The ticket last finished here: the one the rating tablet may rate. */
  lastFinishedTicketId: string | null
}

export interface IdempotencyRecord {
  /** Hash of the request body, to refuse the same key with another body. */
  bodyHash: string
  status: number
  body: unknown
  at: number
}

export interface QueueState {
  schemaVersion: number
  /** The service day this state belongs to (YYYY-MM-DD, office time zone). */
  date: string
  /** Last number used per service prefix today: numbers are never reused within the day. */
  sequences: Record<string, number>
  tickets: Ticket[]
  counters: Record<string, CounterState>
  /** Last event sequence number written to the day's event log. */
  eventSeq: number
  /** Last instant any rule ran at, so a restarted clock never runs behind it. */
  lastInstant: number
  idempotency: Record<string, IdempotencyRecord>
}

export type DomainEventType =
  | 'issued'
  | 'called'
  | 'recalled'
  | 'started'
  | 'finished'
  | 'no_show'
  | 'transferred'
  | 'rated'
  | 'paused'
  | 'resumed'
  | 'dossier'
  | 'cancelled'
  | 'counter_opened'
  | 'print'

/** One line of the day's append-only event log: the source of reports. */
export interface DomainEvent {
  /** Set by the store when appended. */
  seq?: number
  type: DomainEventType
  at: number
  ticketId?: string
  number?: string
  serviceId?: string
  counterId?: string
  staffId?: string
  /** Type-specific facts: slot, priority, toServiceId, reason, score, outOfOrder, … */
  data?: Record<string, unknown>
}

export interface Transition<R = undefined> {
  state: QueueState
  events: DomainEvent[]
  result: R
}

export const SCHEMA_VERSION = 1
