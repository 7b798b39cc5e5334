import { z } from 'zod'
import { PRIORITY_CLASSES, TICKET_STATUSES, YMD } from './domain.ts'

// GET /api/reports/* — managers only. Queries are strict: an unknown parameter is a VALIDATION error,
// so a misspelt filter never silently reports the whole office.

/** 2026-02-30 matches YMD but is no day: the calendar decides. */
function isCalendarDate(date: string): boolean {
  const [y = NaN, m = NaN, d = NaN] = date.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d
}

const day = z.string().regex(YMD, 'ngày phải có dạng YYYY-MM-DD').refine(isCalendarDate, 'không có ngày này trong lịch')
const id = z.string().min(1).max(64)
const count = (min: number, max: number, fallback: number) =>
  z
    .string()
    .regex(/^\d{1,7}$/, 'phải là số nguyên không âm')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max))
    .default(fallback)

/** Five calendar years at most: the provincial index looks back at most that far, and it bounds the work. */
export const MAX_REPORT_YEARS = 5

function checkRange(q: { from: string; to: string }, ctx: z.RefinementCtx): void {
  if (q.from > q.to) ctx.addIssue({ code: 'custom', path: ['from'], message: '"from" phải không sau "to"' })
  const limit = `${Number(q.from.slice(0, 4)) + MAX_REPORT_YEARS}${q.from.slice(4)}`
  if (q.to >= limit) ctx.addIssue({ code: 'custom', path: ['to'], message: `khoảng thời gian tối đa ${MAX_REPORT_YEARS} năm` })
}

const range = { from: day, to: day }
/** `none` selects tickets without a priority class (query strings cannot carry null). */
export const ReportPrioritySchema = z.enum([...PRIORITY_CLASSES, 'none'])
/** Monday first, as Vietnamese calendars and offices count the week. */
export const REPORT_WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type ReportWeekday = (typeof REPORT_WEEKDAYS)[number]
const filter = {
  serviceId: id.optional(),
  counterId: id.optional(),
  staffId: id.optional(),
  priority: ReportPrioritySchema.optional(),
  /** Hour of issue in the office's time zone, 0–23: the tickets taken from hh:00 to hh:59. */
  hour: z
    .string()
    .regex(/^\d{1,2}$/, 'giờ là số từ 0 đến 23')
    .transform(Number)
    .pipe(z.number().int().min(0).max(23))
    .optional(),
  weekday: z.enum(REPORT_WEEKDAYS).optional(),
}

export const BREAKDOWN_DIMENSIONS = ['service', 'counter', 'staff', 'priority', 'hour', 'weekday', 'day', 'week', 'month'] as const
export type BreakdownDimension = (typeof BREAKDOWN_DIMENSIONS)[number]

export const ReportSummaryQuery = z.strictObject(range).superRefine(checkRange)
export const ReportIndicatorsQuery = z.strictObject({ ...range, ...filter }).superRefine(checkRange)
export const ReportBreakdownQuery = z
  .strictObject({ ...range, ...filter, by: z.enum(BREAKDOWN_DIMENSIONS) })
  .superRefine(checkRange)
export const ReportTicketsQuery = z
  .strictObject({
    ...range,
    ...filter,
    status: z.enum(TICKET_STATUSES).optional(),
    limit: count(1, 500, 100),
    offset: count(0, 10_000_000, 0),
  })
  .superRefine(checkRange)
export const ReportExportQuery = z
  .strictObject({ ...range, ...filter, format: z.enum(['csv', 'xlsx']).default('csv') })
  .superRefine(checkRange)

export type ReportFilter = z.infer<z.ZodObject<typeof filter>>
export type ReportTicketsQuery = z.infer<typeof ReportTicketsQuery>

export * from './report-views.ts'
