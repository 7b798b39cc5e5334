import { setImmediate } from 'node:timers/promises'
import type { SummaryReport } from '../contract/index.ts'
import type { BreakdownDimension, ReportBreakdown, ReportFilter, ReportIndicators, ReportTicketPage, ReportTicketsQuery } from '../contract/reports.ts'
import { localDate } from '../queue/office-time.ts'
import { breakdown } from '../reports/breakdown.ts'
import { ticketsCsv } from '../reports/csv.ts'
import { aggregateDay } from '../reports/day-aggregate.ts'
import type { DayAggregate } from '../reports/day-aggregate.ts'
import type { ReportDays } from '../reports/facts.ts'
import { AppError } from '../errors.ts'
import { indicators } from '../reports/indicators.ts'
import { scopeLabel } from '../reports/labels.ts'
import { summarize } from '../reports/summary.ts'
import type { DayTickets } from '../reports/summary-from-tickets.ts'
import { filterDayTickets } from '../reports/ticket-filter.ts'
import { ticketPage } from '../reports/ticket-list.ts'
import { ticketRows } from '../reports/ticket-rows.ts'
import { reportWorkbook, SHEET_DIMENSIONS } from '../reports/xlsx.ts'
import type { WorkbookInput } from '../reports/xlsx.ts'
import { openDayAggregates } from '../store/day-aggregates.ts'
import type { CommandDeps } from './deps.ts'

/** Archives read at once when days are rebuilt: enough to hide disk latency, well under the fd limit. */
const PARALLEL_READS = 16
/** Aggregate files read before the event loop gets a turn (~2 ms): a year's report never holds up a kiosk. */
const READS_PER_TURN = 16
/**
 * Parsed days kept in memory: ~30 MB at most, a few years of a 200-ticket-a-day office. The manager's tab
 * asks seven views of the same period at once (figures, breakdowns, filter lists), and again on each change.
 */
const KEEP_TICKETS = 300_000

async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      out[i] = await fn(items[i]!)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return out
}

export function makeReports(deps: Pick<CommandDeps, 'config' | 'store' | 'clock' | 'log'>) {
  const { config, store } = deps
  const aggregates = openDayAggregates(store.dataDir, { keepTickets: KEEP_TICKETS })
  // One build per day at a time: two reports asking for the same missing day share it (and its file write).
  const building = new Map<string, Promise<DayAggregate>>()

  async function build(date: string): Promise<DayAggregate> {
    const [archived, events] = await Promise.all([store.readArchive(date), store.readEvents(date)])
    const aggregate = aggregateDay(config, date, archived?.tickets ?? [], events)
    await aggregates.write(aggregate)
    return aggregate
  }

  function rebuild(date: string): Promise<DayAggregate> {
    let pending = building.get(date)
    if (!pending) {
      pending = build(date).finally(() => building.delete(date))
      building.set(date, pending)
    }
    return pending
  }

  /** Each date's aggregate, read from its file (or memory) a few at a time; built once where missing or stale. */
  async function closedDays(dates: readonly string[]): Promise<DayAggregate[]> {
    const out = new Array<DayAggregate | undefined>(dates.length)
    const missing: number[] = []
    for (let i = 0; i < dates.length; i++) {
      if (i > 0 && i % READS_PER_TURN === 0) await setImmediate()
      const date = dates[i]!
      const found = aggregates.read(date)
      if (found.status === 'ok') out[i] = found.aggregate
      else {
        if (found.status === 'stale') deps.log('warn', `rebuilding the report aggregate of ${date}: ${found.why}`)
        missing.push(i)
      }
    }
    await mapLimit(missing, PARALLEL_READS, async (i) => {
      out[i] = await rebuild(dates[i]!)
    })
    return out.filter((d) => d !== undefined)
  }

  /** Closed days from their aggregates (built once, on first use); the open day from the live state. */
  async function days(from: string, to: string): Promise<ReportDays> {
    const today = localDate(deps.clock.now(), config.office.timeZone)
    const live = store.state()
    const closed = (await store.listArchivedDates()).filter((d) => from <= d && d <= to && d < today && d !== live.date)
    const out = await closedDays(closed.sort())
    // The live state may still hold a finished day nobody has rolled over yet: computed, not saved.
    if (from <= live.date && live.date <= to && live.date <= today)
      out.push(aggregateDay(config, live.date, live.tickets, await store.readEvents(live.date), deps.clock.now()))
    return { days: out.sort((a, b) => (a.date < b.date ? -1 : 1)), today }
  }

  /** Every ticket as recorded, for the per-ticket exports. */
  async function ticketDays(from: string, to: string): Promise<DayTickets[]> {
    const live = store.state()
    const dates = (await store.listArchivedDates()).filter((d) => from <= d && d <= to && d !== live.date)
    const out = (await mapLimit(dates, PARALLEL_READS, async (date) => ({ date, tickets: (await store.readArchive(date))?.tickets ?? [] }))).filter(
      (d) => d.tickets.length > 0,
    )
    if (from <= live.date && live.date <= to) out.push({ date: live.date, tickets: live.tickets })
    return out
  }

  const breakdowns = (from: string, to: string, filter: ReportFilter, input: ReportDays) =>
    Object.fromEntries(SHEET_DIMENSIONS.map((by) => [by, breakdown(config, from, to, by, filter, input)])) as WorkbookInput['breakdowns']

  /** A misspelt id would answer an empty report that reads as "nobody came": refuse it instead. */
  const known = (filter: ReportFilter): ReportFilter => {
    if (filter.serviceId !== undefined && !config.services.some((s) => s.id === filter.serviceId)) throw new AppError('UNKNOWN_SERVICE')
    const bad: { path: string[]; message: string }[] = []
    if (filter.counterId !== undefined && !config.counters.some((c) => c.id === filter.counterId))
      bad.push({ path: ['counterId'], message: 'unknown counter' })
    if (filter.staffId !== undefined && !config.users.some((u) => u.username === filter.staffId && u.role === 'staff'))
      bad.push({ path: ['staffId'], message: 'unknown staff member' })
    if (bad.length > 0) throw new AppError('VALIDATION', bad)
    return filter
  }

  return {
    summary: async (from: string, to: string): Promise<SummaryReport> => summarize(config, from, to, await days(from, to)),
    indicators: async (from: string, to: string, filter: ReportFilter): Promise<ReportIndicators> =>
      indicators(config, from, to, known(filter), await days(from, to)),
    breakdown: async (from: string, to: string, by: BreakdownDimension, filter: ReportFilter): Promise<ReportBreakdown> =>
      breakdown(config, from, to, by, known(filter), await days(from, to)),
    tickets: async ({ from, to, limit, offset, ...filter }: ReportTicketsQuery): Promise<ReportTicketPage> =>
      ticketPage(config, known(filter), { limit, offset }, await days(from, to)),
    /** The exports take the screen's filters, so a file holds what the manager is looking at. */
    csv: async (from: string, to: string, filter: ReportFilter = {}): Promise<string> =>
      ticketsCsv(config, filterDayTickets(await ticketDays(from, to), known(filter), config.office.timeZone)),
    async xlsx(from: string, to: string, filter: ReportFilter = {}): Promise<Uint8Array<ArrayBuffer>> {
      known(filter)
      const input = await days(from, to)
      return reportWorkbook({
        office: config.office.name,
        scope: scopeLabel(config, filter),
        serviceName: (id) => config.services.find((s) => s.id === id)?.name ?? id,
        indicators: indicators(config, from, to, filter, input),
        breakdowns: breakdowns(from, to, filter, input),
        tickets: ticketRows(config, filterDayTickets(await ticketDays(from, to), filter, config.office.timeZone)),
      })
    },
  }
}
export type Reports = ReturnType<typeof makeReports>
