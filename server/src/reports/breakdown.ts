import type { BreakdownDimension, ReportBreakdown, ReportFilter } from '../contract/reports.ts'
import type { OfficeConfig } from '../config/schema.ts'
import { addDays, hhmmOf, weekdayOf } from '../queue/office-time.ts'
import { counterOf, forEachFact, priorityOf, serviceOf, staffOf, valueOf } from './facts.ts'
import type { FactRef, ReportDays } from './facts.ts'
import { addFact, figuresOf, newAcc, targetsOf } from './figures.ts'
import type { Acc } from './figures.ts'
import { NOT_AT_COUNTER, PRIORITY_LABELS, WEEKDAY_LABELS } from './labels.ts'

const HOUR = 3_600_000
const WEEK_INDEX = { mon: 0, tue: 1, wed: 2, thu: 3, fri: 4, sat: 5, sun: 6 } as const
const dmy = (date: string) => date.split('-').reverse().join('/')

// The periods sort by their key (ISO dates), which is time order; no fixed order to give.
const overTime = (key: (date: string) => string, name: (key: string) => string): Dimension => ({
  key: (r) => key(r.day.date),
  name,
  order: () => [],
})

interface Dimension {
  key(ref: FactRef): string
  name(key: string, config: OfficeConfig): string
  /** Rows in the office's order (config order, hour of day, Monday first), unknown keys last. */
  order(config: OfficeConfig): string[]
}

const DIMENSIONS: Record<BreakdownDimension, Dimension> = {
  service: {
    key: (r) => serviceOf(r),
    name: (k, c) => c.services.find((s) => s.id === k)?.name ?? k,
    order: (c) => c.services.map((s) => s.id),
  },
  counter: {
    key: (r) => counterOf(r) ?? '',
    name: (k, c) => c.counters.find((x) => x.id === k)?.name ?? (k || NOT_AT_COUNTER),
    order: (c) => c.counters.map((k) => k.id),
  },
  staff: {
    key: (r) => staffOf(r) ?? '',
    name: (k, c) => c.users.find((u) => u.username === k)?.name ?? (k || NOT_AT_COUNTER),
    order: (c) => c.users.map((u) => u.username),
  },
  priority: {
    key: (r) => priorityOf(r) ?? 'none',
    name: (k) => PRIORITY_LABELS[k as keyof typeof PRIORITY_LABELS] ?? k,
    order: (c) => ['none', ...c.priority.classes],
  },
  hour: {
    // Hour of issue: when the citizen arrived, which is what staffing by hour has to answer.
    key: (r) => hhmmOf(Math.floor(valueOf(r, 'issued') / HOUR) * 60).slice(0, 2),
    name: (k) => `${k}:00–${hhmmOf((Number(k) + 1) * 60)}`,
    order: () => Array.from({ length: 24 }, (_, h) => hhmmOf(h * 60).slice(0, 2)),
  },
  weekday: {
    key: (r) => r.weekday,
    name: (k) => WEEKDAY_LABELS[k as keyof typeof WEEKDAY_LABELS] ?? k,
    order: () => Object.keys(WEEKDAY_LABELS),
  },
  day: overTime((d) => d, dmy),
  // A week is named by its Monday, as offices write "tuần từ 23/11".
  week: overTime((d) => addDays(d, -WEEK_INDEX[weekdayOf(d)]), (k) => `Tuần từ ${dmy(k)}`),
  month: overTime((d) => d.slice(0, 7), (k) => `Tháng ${dmy(k)}`),
}

/** GET /api/reports/breakdown: the figures split by one dimension, filters applied first. */
export function breakdown(config: OfficeConfig, from: string, to: string, by: BreakdownDimension, filter: ReportFilter, input: ReportDays): ReportBreakdown {
  const dim = DIMENSIONS[by]
  const targets = targetsOf(config)
  const groups = new Map<string, Acc>()
  forEachFact(input.days, filter, (ref) => {
    const key = dim.key(ref)
    let acc = groups.get(key)
    if (!acc) groups.set(key, (acc = newAcc()))
    addFact(acc, ref, targets, input.today)
  })
  const order = dim.order(config)
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length)
  const rows = [...groups]
    .sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : 1))
    .map(([key, acc]) => ({ key, name: dim.name(key, config), ...figuresOf(acc) }))
  return { from, to, by, filter, rows }
}
