import { z } from 'zod'
import { DateSchema, HHMM, PriorityClassSchema } from './domain.ts'
import type {
  CounterStatus,
  PrinterState,
  PrintState,
  PriorityClass,
  RatingScore,
  Role,
  TicketStatus,
} from './domain.ts'

// Request bodies are strict: an unknown field is refused so nothing personal is stored by accident.
const text = (max: number) =>
  z
    .string()
    .max(max)
    .transform((s) => s.normalize('NFC').trim())
const id = z.string().min(1).max(64)

export const IssueTicketBody = z.strictObject({
  serviceId: id,
  slot: z.string().regex(HHMM).optional(),
  priority: PriorityClassSchema.nullable().optional(),
  kioskId: id.optional(),
  /** The kiosk's language when the citizen chose English: the printed QR opens the phone page in it. */
  lang: z.enum(['vi', 'en']).optional(),
})
export type IssueTicketBody = z.infer<typeof IssueTicketBody>

export const LoginBody = z.strictObject({ username: text(64).pipe(z.string().min(1)), password: z.string().min(1).max(200) })
export type LoginBody = z.infer<typeof LoginBody>

export const TransferBody = z.strictObject({ serviceId: id, reason: text(200).optional() })
export type TransferBody = z.infer<typeof TransferBody>

export const PauseBody = z.strictObject({ reason: text(200).optional() })
export type PauseBody = z.infer<typeof PauseBody>

export const ScoreSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)])
export const ReasonsSchema = z.array(text(80).pipe(z.string().min(1))).max(10)

export const TicketRatingBody = z.strictObject({
  score: ScoreSchema,
  reasons: ReasonsSchema.optional(),
  comment: text(500).optional(),
})
export type TicketRatingBody = z.infer<typeof TicketRatingBody>

export const CounterRatingBody = z.strictObject({
  score: ScoreSchema,
  reasons: ReasonsSchema.optional(),
  number: z.string().min(1).max(16).optional(),
})
export type CounterRatingBody = z.infer<typeof CounterRatingBody>

export const DossierBody = z.strictObject({ code: text(64).pipe(z.string().min(1)) })
export type DossierBody = z.infer<typeof DossierBody>

export const ReprintBody = z.strictObject({ number: z.string().regex(/^[A-Z]{1,2}\d{3,}$/) })
export type ReprintBody = z.infer<typeof ReprintBody>

// Not strict: a screen's cache-buster (`&_=…`) is harmless in a query, unlike an unnamed field in a body.
export const SlotsQuery = z.object({ serviceId: id, date: DateSchema.optional() })

// ---- Views (what the server answers) ----

export interface SlotRef {
  start: string
  end: string
}

export interface TicketIssued {
  id: string
  number: string
  serviceId: string
  slot: SlotRef
  priority: PriorityClass | null
  status: TicketStatus
  peopleAhead: number
  estimatedWaitMinutes: number
  issuedAt: string
  print: { state: PrintState }
}

/** GET /api/tickets/:id — for whoever holds the id (the phone page). */
export interface TicketView {
  id: string
  number: string
  serviceId: string
  serviceName: string
  slot: SlotRef
  priority: PriorityClass | null
  status: TicketStatus
  peopleAhead: number
  estimatedWaitMinutes: number
  issuedAt: string
  counterId?: string
  counterName?: string
  calledAt?: string
  rated: boolean
}

/** A ticket as staff see it at their counter (POST …/next, start, finish, …). */
export interface StaffTicketView {
  id: string
  number: string
  serviceId: string
  slot: SlotRef
  priority: PriorityClass | null
  status: TicketStatus
  issuedAt: string
  counterId?: string
  calledAt?: string
  startedAt?: string
  finishedAt?: string
  recalls: number
  dossierCode?: string
  print: { state: PrintState }
}

export interface DisplayTicket {
  number: string
  serviceId: string
}

export interface CounterView {
  id: string
  name: string
  serviceIds: string[]
  status: CounterStatus
  ticket: DisplayTicket | null
}

export interface ServiceView {
  id: string
  name: string
  nameEn: string
  prefix: string
  waiting: number
  /** Of `waiting`, the tickets booked for a slot that has not started: not yet in the hall. */
  booked: number
  /** What a ticket taken now would wait (the tickets already in a started slot are ahead of it). */
  estimatedWaitMinutes: number
  documents: string[]
}

export interface SlotView {
  start: string
  end: string
  capacity: number
  remaining: number
}

export interface OfficeView {
  name: string
  /** The administrative unit the office belongs to (report headings), may be empty. */
  unit: string
  timeZone: string
  now: string
  /** `open`: inside an opening period right now (false in the lunch break); `periods`: [] on a closed day. */
  today: { date: string; open: boolean; periods: SlotRef[] }
  /** The next opening period to start after `now` (later today, or a later working day); null if none within 30 days. */
  nextOpen: { date: string; start: string } | null
  /** The first opening of the next working day after today, for "no place left today, come back on …". */
  nextWorkingDay: { date: string; start: string } | null
  priorityClasses: PriorityClass[]
  kiosks: { id: string; name: string }[]
  /** Reason chips the rating screens offer for a low score. */
  ratingReasons: string[]
  /** The office's own voice clips replace the built-in ones when present. */
  voiceBaseUrl: string
  /** Where phones reach the ticket page (the QR code's base): the config's, else the server's LAN address. */
  publicBaseUrl: string
}

/** GET /api/counters/:id/console — what the staff console shows (staff of that counter, managers). */
export interface CounterConsoleView {
  counter: CounterView & { pauseReason?: string }
  ticket: StaffTicketView | null
  /**
   * The ticket this counter finished last today, or null: staff may still give its dossier code just
   * after finishing. Staff and managers only, never on displays.
   */
  lastFinished: StaffTicketView | null
  waiting: { serviceId: string; count: number; booked: number; next: string[] }[]
  /** The numbers "next" will call at this counter, in that order (all its services, its priority turn). */
  callOrder: string[]
  today: CounterTodayFigures
}

export interface CounterTodayFigures {
  served: number
  noShow: number
  transferred: number
  meanWaitMinutes: number | null
  meanServiceMinutes: number | null
}

/** GET /api/office/live — managers: the live office. */
export interface LiveOfficeView {
  counters: (CounterView & { pauseReason?: string; staffName?: string })[]
  services: { serviceId: string; name: string; waiting: number; booked: number; longestWaitMinutes: number; estimatedWaitMinutes: number }[]
  today: { issued: number; served: number; noShow: number; waiting: number }
}

export interface HealthView {
  status: 'ok'
  version: string
  time: string
  printers: { id: string; state: PrinterState }[]
}

export interface UserView {
  id: string
  name: string
  role: Role
  counterId?: string
}

export interface LoginView {
  token: string
  user: UserView
}

export interface Stats {
  mean: number
  median: number
  p90: number
  max: number
}

export interface SummaryReport {
  from: string
  to: string
  tickets: number
  served: number
  noShow: number
  waitMinutes: Stats
  serviceMinutes: Stats
  satisfaction: { ratings: number; satisfiedPercent: number | null }
  byService: ({ serviceId: string; name: string } & Omit<SummaryReport, 'from' | 'to' | 'byService' | 'byCounter'>)[]
  byCounter: ({ counterId: string; name: string } & Omit<SummaryReport, 'from' | 'to' | 'byService' | 'byCounter'>)[]
}

export type { RatingScore }
