import { z } from 'zod'
import {
  COUNTER_STATUSES,
  HHMM,
  PRINT_STATES,
  PriorityClassSchema,
  RATING_SCORES,
  TICKET_STATUSES,
  YMD,
} from '../contract/index.ts'
import type { DomainEvent, QueueState } from '../queue/model.ts'

// The exact shape of live.json and archive files (queue/model.ts). Strict objects: an unknown key means the
// file was written by another version or edited by hand, and we would rather refuse to start than guess.
const instant = z.number().int().nonnegative()

const RatingSchema = z.strictObject({
  score: z.literal(RATING_SCORES),
  reasons: z.array(z.string()),
  comment: z.string().optional(),
  at: instant,
  source: z.enum(['phone', 'tablet']),
})

const TransferSchema = z.strictObject({
  fromServiceId: z.string(),
  toServiceId: z.string(),
  counterId: z.string(),
  staffId: z.string().optional(),
  reason: z.string().optional(),
  at: instant,
})

const TicketSchema = z.strictObject({
  id: z.string().min(1),
  number: z.string().min(1),
  seq: z.number().int().positive(),
  serviceId: z.string(),
  originalServiceId: z.string(),
  slotStart: z.string().regex(HHMM),
  slotEnd: z.string().regex(HHMM),
  priority: PriorityClassSchema.nullable(),
  status: z.enum(TICKET_STATUSES),
  kioskId: z.string(),
  issuedAt: instant,
  calledAt: instant.optional(),
  firstCalledAt: instant.optional(),
  startedAt: instant.optional(),
  finishedAt: instant.optional(),
  counterId: z.string().optional(),
  staffId: z.string().optional(),
  recalls: z.number().int().nonnegative(),
  transfers: z.array(TransferSchema),
  rating: RatingSchema.optional(),
  dossierCode: z.string().optional(),
  lang: z.literal('en').optional(),
  print: z.strictObject({ state: z.enum(PRINT_STATES) }),
})

const CounterStateSchema = z.strictObject({
  id: z.string(),
  status: z.enum(COUNTER_STATUSES),
  ticketId: z.string().nullable(),
  staffId: z.string().optional(),
  pauseReason: z.string().optional(),
  priorityInARow: z.number().int().nonnegative(),
  lastFinishedTicketId: z.string().nullable(),
})

const IdempotencyRecordSchema = z.strictObject({
  bodyHash: z.string(),
  status: z.number().int(),
  body: z.unknown(),
  at: instant,
})

export const DbSchema = z.strictObject({
  schemaVersion: z.number().int().nonnegative(),
  date: z.string().regex(YMD),
  sequences: z.record(z.string(), z.number().int().nonnegative()),
  tickets: z.array(TicketSchema),
  counters: z.record(z.string(), CounterStateSchema),
  eventSeq: z.number().int().nonnegative(),
  lastInstant: instant,
  idempotency: z.record(z.string(), IdempotencyRecordSchema),
})

const DOMAIN_EVENT_TYPES = [
  'issued',
  'called',
  'recalled',
  'started',
  'finished',
  'no_show',
  'transferred',
  'rated',
  'paused',
  'resumed',
  'dossier',
  'cancelled',
  'counter_opened',
  'print',
] as const satisfies readonly DomainEvent['type'][]

/** One line of the event log: the store has always stamped its seq. */
export const LoggedEventSchema = z.strictObject({
  seq: z.number().int().positive(),
  type: z.enum(DOMAIN_EVENT_TYPES),
  at: instant,
  ticketId: z.string().optional(),
  number: z.string().optional(),
  serviceId: z.string().optional(),
  counterId: z.string().optional(),
  staffId: z.string().optional(),
  data: z.record(z.string(), z.unknown()).optional(),
})

// Compile-time proof that the schemas and model.ts describe the same data: a field added to one but not
// the other fails `tsc` here rather than refusing a real office's file at start.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
type Assert<T extends true> = T
export type SchemaMatchesModel = [
  Assert<Same<z.infer<typeof DbSchema>, QueueState>>,
  Assert<Same<z.infer<typeof LoggedEventSchema>, DomainEvent & { seq: number }>>,
  Assert<Same<(typeof DOMAIN_EVENT_TYPES)[number], DomainEvent['type']>>,
]
