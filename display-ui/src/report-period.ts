import type { MessageKey } from './i18n.ts'
import type { ReportQuery } from './report-api.ts'

// The manager's choice of period and filters, kept in the page's query string so a reload, the print
// page and its "back" link all show the same report.

export const PERIODS = ['today', 'week', 'month', 'quarter', 'year', 'custom'] as const
export type Period = (typeof PERIODS)[number]

export const PERIOD_LABELS: Record<Period, MessageKey> = {
  today: 'reports.periodToday',
  week: 'reports.periodWeek',
  month: 'reports.periodMonth',
  quarter: 'reports.periodQuarter',
  year: 'reports.periodYear',
  custom: 'reports.periodCustom',
}

export interface ReportChoice {
  period: Period
  /** Only read for `custom`: the named periods follow the office's today. */
  from: string
  to: string
  serviceId: string
  counterId: string
  staffId: string
  /** A priority class, `none` (no priority) or '' (everyone). */
  priority: ReportPriority | ''
  /** Hour of issue '0'–'23', or '' (the whole day). */
  hour: string
  /** A weekday, or '' (every day). */
  weekday: ReportWeekday | ''
}

/** The priority filter's values, in the office's order; `none` is the citizens without priority. */
export const REPORT_PRIORITIES = ['none', 'elderly', 'disability', 'pregnant', 'child', 'merit'] as const
export type ReportPriority = (typeof REPORT_PRIORITIES)[number]
const priorityFrom = (value: string | null): ReportPriority | '' => REPORT_PRIORITIES.find((p) => p === value) ?? ''

/** The weekday filter's values, Monday first (the server's REPORT_WEEKDAYS). */
export const REPORT_WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type ReportWeekday = (typeof REPORT_WEEKDAYS)[number]
export const REPORT_WEEKDAY_LABELS: Record<ReportWeekday, MessageKey> = {
  mon: 'reports.weekdayMon',
  tue: 'reports.weekdayTue',
  wed: 'reports.weekdayWed',
  thu: 'reports.weekdayThu',
  fri: 'reports.weekdayFri',
  sat: 'reports.weekdaySat',
  sun: 'reports.weekdaySun',
}
const weekdayFrom = (value: string | null): ReportWeekday | '' => REPORT_WEEKDAYS.find((w) => w === value) ?? ''
const hourFrom = (value: string | null): string => (value !== null && /^\d{1,2}$/.test(value) && Number(value) < 24 ? String(Number(value)) : '')

const YMD = /^\d{4}-\d{2}-\d{2}$/
const pad = (n: number) => String(n).padStart(2, '0')
/** The placeholders of `reports.hourRange` for an hour of the day: 9 → 09:00–10:00. */
export const hourRange = (hour: number) => ({ from: `${pad(hour)}:00`, to: `${pad(hour + 1)}:00` })

/** Calendar arithmetic on YYYY-MM-DD in UTC, so the device's own time zone never shifts a day. */
const ymd = (date: Date) => `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`

/** The named period up to the office's `today` (the server's date); weeks start on Monday, as in Vietnam. */
export const periodRange = (period: Exclude<Period, 'custom'>, today: string): { from: string; to: string } => {
  const [y = 1970, m = 1, d = 1] = today.split('-').map(Number)
  if (period === 'today') return { from: today, to: today }
  if (period === 'week') {
    const date = new Date(Date.UTC(y, m - 1, d))
    date.setUTCDate(d - ((date.getUTCDay() + 6) % 7))
    return { from: ymd(date), to: today }
  }
  if (period === 'month') return { from: `${y}-${pad(m)}-01`, to: today }
  if (period === 'quarter') return { from: `${y}-${pad(m - ((m - 1) % 3))}-01`, to: today }
  return { from: `${y}-01-01`, to: today }
}

const DAY_MS = 86_400_000

/** The step of the satisfaction-over-time chart: days up to a month, weeks up to a half-year, then months. */
export const trendStep = (from: string, to: string): 'day' | 'week' | 'month' => {
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS + 1
  return days <= 31 ? 'day' : days <= 183 ? 'week' : 'month'
}

/** The query for the API, or null while the office's today is unknown or a custom range is incomplete. */
export const queryOf = (choice: ReportChoice, today: string | null): ReportQuery | null => {
  const filters = {
    serviceId: choice.serviceId || undefined,
    counterId: choice.counterId || undefined,
    staffId: choice.staffId || undefined,
    priority: choice.priority || undefined,
    hour: choice.hour === '' ? undefined : Number(choice.hour),
    weekday: choice.weekday || undefined,
  }
  if (choice.period !== 'custom') return today ? { ...periodRange(choice.period, today), ...filters } : null
  return isValidRange(choice.from, choice.to) ? { from: choice.from, to: choice.to, ...filters } : null
}

export const isValidRange = (from: string, to: string): boolean => YMD.test(from) && YMD.test(to) && from <= to

export const choiceFromSearch = (search: string): ReportChoice => {
  const q = new URLSearchParams(search)
  const period = PERIODS.find((p) => p === q.get('period')) ?? 'month'
  return {
    period,
    from: q.get('from') ?? '',
    to: q.get('to') ?? '',
    serviceId: q.get('serviceId') ?? '',
    counterId: q.get('counterId') ?? '',
    staffId: q.get('staffId') ?? '',
    priority: priorityFrom(q.get('priority')),
    hour: hourFrom(q.get('hour')),
    weekday: weekdayFrom(q.get('weekday')),
  }
}

/** The query string for `choice`, keeping the page's `lang`. */
export const searchOf = (choice: ReportChoice, current: string): string => {
  const q = new URLSearchParams()
  const lang = new URLSearchParams(current).get('lang')
  if (lang) q.set('lang', lang)
  q.set('period', choice.period)
  if (choice.from) q.set('from', choice.from)
  if (choice.to) q.set('to', choice.to)
  if (choice.serviceId) q.set('serviceId', choice.serviceId)
  if (choice.counterId) q.set('counterId', choice.counterId)
  if (choice.staffId) q.set('staffId', choice.staffId)
  if (choice.priority) q.set('priority', choice.priority)
  if (choice.hour) q.set('hour', choice.hour)
  if (choice.weekday) q.set('weekday', choice.weekday)
  return `?${q.toString()}`
}
