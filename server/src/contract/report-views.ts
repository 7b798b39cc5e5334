import type { Stats } from './api.ts'
import type { PriorityClass, TicketStatus } from './domain.ts'
import type { BreakdownDimension, ReportFilter, ReportWeekday } from './reports.ts'

// What GET /api/reports/* answer. Minutes to 0.1, percentages to 0.1, null when there is nothing to divide by.

/** Minutes to 0.1; median and p90 by nearest rank; `count` is how many tickets the figures cover. */
export interface DurationStats extends Stats {
  count: number
}

/** Each ticket is compared with its own service's target (config targetWaitMinutes / targetServiceMinutes). */
export interface TargetStats extends DurationStats {
  withinTarget: number
  withinTargetPercent: number | null
}

export interface TicketCounts {
  issued: number
  /** Called at least once. */
  called: number
  served: number
  noShow: number
  /** noShow ÷ called × 100. */
  noShowPercent: number | null
  /** Tickets transferred at least once, and all transfers (a ticket may be transferred twice). */
  transferred: number
  transfers: number
  cancelled: number
  /** Still waiting or at a counter when the day closed (closed days only). */
  leftAtClose: number
}

export interface SatisfactionBlock {
  ratings: number
  satisfiedPercent: number | null
}

/** One row of a breakdown, and the core of the indicators. */
export interface ReportFigures {
  tickets: TicketCounts
  waitMinutes: TargetStats
  serviceMinutes: TargetStats
  satisfaction: SatisfactionBlock & { coveragePercent: number | null }
}

export interface RatedGroup extends SatisfactionBlock {
  id: string
  name: string
  /** 1 = best; null below `minRatingsToRank` ratings, where a percentage says little. */
  rank: number | null
}

export interface SatisfactionReport extends SatisfactionBlock {
  served: number
  /** ratings ÷ served × 100. */
  coveragePercent: number | null
  /** 4 Rất hài lòng, 3 Hài lòng, 2 Bình thường, 1 Không hài lòng. */
  distribution: { score: 1 | 2 | 3 | 4; label: string; count: number; percent: number | null }[]
  topReasonsForScore1: { reason: string; count: number }[]
  minRatingsToRank: number
  byStaff: RatedGroup[]
  byCounter: RatedGroup[]
}

/** The 766-style figure on tickets with a dossier code: a local estimate, not the provincial index. */
export interface DossierEstimate {
  dossiers: number
  rated: number
  dissatisfied: number
  /** (1 − dissatisfied ÷ rated) × 100. */
  estimatePercent: number | null
  targetPercent: number
  isMet: boolean | null
  label: string
}

export interface CounterUse {
  counterId: string
  name: string
  staffIds: string[]
  openMinutes: number
  busyMinutes: number
  /** busy ÷ open × 100; pauses are excluded from both. */
  utilisationPercent: number | null
  pausedMinutes: number
  pauses: PauseFigure[]
}

export interface PauseFigure {
  reason: string | null
  count: number
  minutes: number
}

/** Waits in [fromMinutes, toMinutes) minutes; toMinutes null for the open last bucket (60+). */
export interface WaitBucket {
  fromMinutes: number
  toMinutes: number | null
  count: number
}

export interface ReportIndicators extends ReportFigures {
  from: string
  to: string
  filter: ReportFilter
  /** Days in the range with records (closed days, and today when in range), on the filtered weekday if any. */
  days: number
  /** Called tickets by wait: 0–5, 5–10, 10–15, 15–20, 20–30, 30–45, 45–60, 60+ min; counts add up to waitMinutes.count. */
  waitDistribution: WaitBucket[]
  /** issued − slot start (negative: the ticket was taken before its slot began, i.e. booked ahead). */
  arrivalVsSlotMinutes: DurationStats & { beforeSlot: number; inOrAfterSlot: number }
  /** first call − slot start: how late the office calls citizens relative to their slot. */
  callVsSlotMinutes: DurationStats
  arrivals: {
    byHalfHour: { start: string; tickets: number; perDay: number }[]
    byWeekday: { weekday: ReportWeekday; days: number; tickets: number; perDay: number }[]
  }
  /** Most tickets waiting at once, per hour of day: the maximum over the range and the mean daily maximum. */
  longestQueue: { hour: string; max: number; meanDailyMax: number }[]
  counters: CounterUse[]
  priorityEquity: {
    priority: { tickets: number; waitMinutes: DurationStats }
    normal: { tickets: number; waitMinutes: DurationStats }
    byClass: { priority: PriorityClass; tickets: number; waitMinutes: DurationStats }[]
  }
  satisfactionDetail: SatisfactionReport
  dossiers: DossierEstimate
  actions: {
    outOfOrderCalls: number
    recalls: number
    noShows: number
    cancelled: number
    transfers: { fromServiceId: string; toServiceId: string; reason: string | null; count: number }[]
    pauses: PauseFigure[]
  }
}

export interface ReportBreakdown {
  from: string
  to: string
  by: BreakdownDimension
  filter: ReportFilter
  rows: (ReportFigures & { key: string; name: string })[]
}

export interface ReportTicketRow {
  date: string
  number: string
  serviceId: string
  originalServiceId: string
  counterId: string | null
  staffId: string | null
  priority: PriorityClass | null
  status: TicketStatus
  issuedAt: string
  slot: string
  waitMinutes: number | null
  serviceMinutes: number | null
  score: number | null
  transfers: number
  recalls: number
  hasDossier: boolean
}

export interface ReportTicketPage {
  total: number
  limit: number
  offset: number
  tickets: ReportTicketRow[]
}
