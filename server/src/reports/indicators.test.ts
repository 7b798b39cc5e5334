import { describe, expect, it } from 'vitest'
import { breakdown } from './breakdown.ts'
import { aggregateDay, packColumns } from './day-aggregate.ts'
import { config, DAY, events, tickets } from './hand-made-day.fixture.ts'
import { at } from '../../../test/fixtures/queue-builders.ts'
import { indicators } from './indicators.ts'
import { summarize } from './summary.ts'
import { summarizeTickets } from './summary-from-tickets.ts'
import { ticketPage } from './ticket-list.ts'

// The figures of hand-made-day.fixture.ts, worked out by hand. Waits (first call − max(issued, slot)):
// t1 8, t2 0 (called 5 min before its slot), t3 6, t4 13 → sorted 0 6 8 13. Services (finished − last
// call): t1 12, t2 6, t4 10 → sorted 6 10 12.
const closed = { days: [aggregateDay(config, DAY, tickets, events)], today: '2026-11-26' }
// Through JSON, as read back from the aggregate file.
const fromFile = { ...closed, days: closed.days.map((d) => JSON.parse(JSON.stringify(d)) as typeof d) }

describe('summary', () => {
  it('gives the contract figures by hand, exactly as the raw tickets do', () => {
    const s = summarize(config, DAY, DAY, fromFile)
    expect(s).toMatchObject({
      tickets: 5,
      served: 3,
      noShow: 1,
      waitMinutes: { mean: 6.8, median: 6, p90: 13, max: 13 },
      serviceMinutes: { mean: 9.3, median: 10, p90: 12, max: 12 },
      satisfaction: { ratings: 2, satisfiedPercent: 50 },
    })
    expect(s.byService.map((x) => [x.serviceId, x.tickets])).toEqual([['A', 4], ['B', 1]])
    expect(s.byCounter.map((x) => [x.counterId, x.tickets, x.served])).toEqual([['1', 2, 2], ['2', 2, 1]])
    expect(s).toEqual(summarizeTickets(config, DAY, DAY, [{ date: DAY, tickets }]))
  })

  it('answers zeros and no satisfaction for a day without tickets', () => {
    const s = summarize(config, DAY, DAY, { days: [aggregateDay(config, DAY, [], [])], today: '2026-11-26' })
    expect(s).toMatchObject({ tickets: 0, served: 0, waitMinutes: { mean: 0, median: 0, p90: 0, max: 0 }, satisfaction: { ratings: 0, satisfiedPercent: null } })
  })
})

describe('indicators', () => {
  const r = indicators(config, DAY, DAY, {}, fromFile)

  it('counts tickets, no-shows per call and transfers per ticket', () => {
    expect(r.tickets).toEqual({ issued: 5, called: 4, served: 3, noShow: 1, noShowPercent: 25, transferred: 1, transfers: 2, cancelled: 0, leftAtClose: 1 })
    expect(r.waitMinutes).toMatchObject({ count: 4, withinTarget: 4, withinTargetPercent: 100 })
    expect(r.actions).toMatchObject({ outOfOrderCalls: 1, recalls: 1, noShows: 1 })
    expect(r.actions.transfers).toEqual([
      { fromServiceId: 'B', toServiceId: 'A', reason: 'Sai lĩnh vực', count: 1 },
      { fromServiceId: 'A', toServiceId: 'B', reason: null, count: 1 },
    ])
    expect(r.actions.pauses).toEqual([{ reason: 'Họp giao ban', count: 1, minutes: 20 }])
  })

  it('compares arrival and calls with the slot', () => {
    // issued − slot start: +2, −25 (booked ahead), +6, +7, +3.
    expect(r.arrivalVsSlotMinutes).toMatchObject({ count: 5, beforeSlot: 1, inOrAfterSlot: 4, median: 3, max: 7 })
    // first call − slot start: 10, −5, 12, 20.
    expect(r.callVsSlotMinutes).toMatchObject({ count: 4, median: 10, max: 20 })
    expect(r.arrivals.byHalfHour).toEqual([{ start: '08:00', tickets: 5, perDay: 5 }])
    expect(r.arrivals.byWeekday).toEqual([{ weekday: 'wed', days: 1, tickets: 5, perDay: 5 }])
    expect(r.longestQueue).toEqual([{ hour: '08:00', max: 4, meanDailyMax: 4 }, { hour: '09:00', max: 1, meanDailyMax: 1 }])
  })

  it('reports counter use, satisfaction and the 766-style dossier estimate', () => {
    expect(r.counters.map((c) => [c.counterId, c.openMinutes, c.busyMinutes, c.utilisationPercent])).toEqual([['1', 100, 20, 20], ['2', 120, 17, 14.2]])
    const s = r.satisfactionDetail
    expect(s).toMatchObject({ ratings: 2, served: 3, coveragePercent: 66.7, satisfiedPercent: 50, topReasonsForScore1: [{ reason: 'Chờ lâu', count: 1 }] })
    expect(s.distribution.map((d) => [d.score, d.count])).toEqual([[4, 1], [3, 0], [2, 0], [1, 1]])
    // One rating each: shown, never ranked below the minimum count.
    expect(s.byStaff.map((x) => [x.id, x.ratings, x.rank])).toEqual([['canbo1', 1, null], ['canbo2', 1, null]])
    expect(r.dossiers).toMatchObject({ dossiers: 1, rated: 1, dissatisfied: 1, estimatePercent: 0, targetPercent: 90, isMet: false })
  })

  it('filters by service, counter, staff and priority together', () => {
    expect(indicators(config, DAY, DAY, { serviceId: 'A', counterId: '1' }, fromFile).tickets.issued).toBe(2)
    expect(indicators(config, DAY, DAY, { staffId: 'canbo2', priority: 'none' }, fromFile).tickets.issued).toBe(2)
    expect(indicators(config, DAY, DAY, { priority: 'elderly' }, fromFile).tickets.issued).toBe(0)
    expect(indicators(config, DAY, DAY, { serviceId: 'NOPE' }, fromFile).waitMinutes.count).toBe(0)
    // Priority equity: everyone here is without priority.
    expect(r.priorityEquity.normal.waitMinutes).toMatchObject({ count: 4, median: 6 })
    expect(r.priorityEquity.priority.tickets).toBe(0)
  })

  it('spreads the waits over the buckets, with the same filters', () => {
    const counts = (filter: Parameters<typeof indicators>[3]) => indicators(config, DAY, DAY, filter, fromFile).waitDistribution.map((b) => b.count)
    // Waits 0 (t2), 6 (t3), 8 (t1), 13 (t4); t5 was never called. Buckets 0–5 5–10 10–15 15–20 20–30 30–45 45–60 60+.
    expect(r.waitDistribution.map((b) => [b.fromMinutes, b.toMinutes])).toEqual([[0, 5], [5, 10], [10, 15], [15, 20], [20, 30], [30, 45], [45, 60], [60, null]])
    expect(counts({})).toEqual([1, 2, 1, 0, 0, 0, 0, 0])
    // canbo2 called t3 (6) and t4 (13); service A at counter 1 is t1 (8) and t2 (0).
    expect(counts({ staffId: 'canbo2' })).toEqual([0, 1, 1, 0, 0, 0, 0, 0])
    expect(counts({ serviceId: 'A', counterId: '1' })).toEqual([1, 1, 0, 0, 0, 0, 0, 0])
    expect(counts({ priority: 'elderly' })).toEqual([0, 0, 0, 0, 0, 0, 0, 0])
  })

  it('counts the open day only up to now: counter time stops at now, and the arrival profile keeps to closed days', () => {
    const until = at('09:10')
    const sofar = events.filter((e) => e.at <= until) // counter 1 paused at 09:00 and is still paused
    const open = aggregateDay(config, DAY, tickets, sofar, until)
    const live = indicators(config, DAY, DAY, {}, { days: [open], today: DAY })
    expect(live.counters.map((c) => [c.counterId, c.openMinutes])).toEqual([['1', 60], ['2', 70]])
    // The day before, closed, with the same five arrivals: today's half day does not halve the means.
    const yesterday = { ...(JSON.parse(JSON.stringify(closed.days[0])) as (typeof closed.days)[0]), date: '2026-11-24' }
    const both = indicators(config, '2026-11-24', DAY, {}, { days: [yesterday, open], today: DAY })
    expect(both.arrivals.byHalfHour).toEqual([{ start: '08:00', tickets: 5, perDay: 5 }])
    expect(both.arrivals.byWeekday).toEqual([{ weekday: 'tue', days: 1, tickets: 5, perDay: 5 }])
    expect(both.tickets.issued).toBe(10)
  })

  it('filters by hour of issue and weekday, in every figure that can be split that way', () => {
    // The hand-made day is a Wednesday; every ticket was taken between 08:02 and 08:07.
    expect(indicators(config, DAY, DAY, { weekday: 'wed', hour: 8 }, fromFile).tickets).toEqual(r.tickets)
    const tuesday = indicators(config, DAY, DAY, { weekday: 'tue' }, fromFile)
    expect([tuesday.days, tuesday.tickets.issued, tuesday.counters, tuesday.longestQueue, tuesday.arrivals.byWeekday, tuesday.actions.pauses]).toEqual([0, 0, [], [], [], []])
    const nine = indicators(config, DAY, DAY, { hour: 9 }, fromFile)
    expect(nine.tickets.issued).toBe(0)
    // The queue is measured per hour: the 09:00 row alone. Counter time is per day, so an hour filter leaves it whole.
    expect(nine.longestQueue).toEqual([{ hour: '09:00', max: 1, meanDailyMax: 1 }])
    expect(nine.counters).toEqual(r.counters)
    expect(ticketPage(config, { hour: 8, serviceId: 'B' }, { limit: 10, offset: 0 }, fromFile).tickets.map((t) => t.number)).toEqual(['B001'])
  })

  it('gives the same figures from columns packed in memory as from the file', () => {
    const packed = { ...closed, days: closed.days.map(packColumns) }
    expect(packed.days[0]?.tickets.issued).toBeInstanceOf(Float64Array)
    expect(indicators(config, DAY, DAY, { staffId: 'canbo2' }, packed)).toEqual(indicators(config, DAY, DAY, { staffId: 'canbo2' }, fromFile))
    expect(summarize(config, DAY, DAY, packed)).toEqual(summarize(config, DAY, DAY, fromFile))
    expect(breakdown(config, DAY, DAY, 'hour', {}, packed)).toEqual(breakdown(config, DAY, DAY, 'hour', {}, fromFile))
    expect(ticketPage(config, {}, { limit: 5, offset: 0 }, packed)).toEqual(ticketPage(config, {}, { limit: 5, offset: 0 }, fromFile))
  })

  it('does not count a ticket of the open day as left at close', () => {
    expect(indicators(config, DAY, DAY, {}, { ...fromFile, today: DAY }).tickets.leftAtClose).toBe(0)
  })
})

describe('breakdown and tickets', () => {
  it('splits by hour and weekday with the same totals', () => {
    const byHour = breakdown(config, DAY, DAY, 'hour', {}, fromFile)
    expect(byHour.rows.map((x) => [x.key, x.name, x.tickets.issued])).toEqual([['08', '08:00–09:00', 5]])
    const byCounter = breakdown(config, DAY, DAY, 'counter', {}, fromFile)
    expect(byCounter.rows.map((x) => [x.key, x.tickets.issued])).toEqual([['1', 2], ['2', 2], ['', 1]])
    expect(byCounter.rows[2]?.name).toBe('Chưa đến quầy')
  })

  it('splits by day, week (from its Monday) and month, in time order', () => {
    // The hand-made Wednesday again on the next Monday and Tuesday, which start a new week and, for one, a new month.
    const on = (date: string) => ({ ...(JSON.parse(JSON.stringify(closed.days[0])) as (typeof closed.days)[0]), date })
    const input = { days: [on('2026-12-01'), on(DAY), on('2026-11-30')], today: '2026-12-02' }
    const rows = (by: 'day' | 'week' | 'month') => breakdown(config, DAY, '2026-12-01', by, {}, input).rows.map((x) => [x.key, x.name, x.tickets.issued])
    expect(rows('day')).toEqual([[DAY, '25/11/2026', 5], ['2026-11-30', '30/11/2026', 5], ['2026-12-01', '01/12/2026', 5]])
    expect(rows('week')).toEqual([['2026-11-23', 'Tuần từ 23/11/2026', 5], ['2026-11-30', 'Tuần từ 30/11/2026', 10]])
    expect(rows('month')).toEqual([['2026-11', 'Tháng 11/2026', 10], ['2026-12', 'Tháng 12/2026', 5]])
    const rated = breakdown(config, DAY, '2026-12-01', 'month', { staffId: 'canbo2' }, input).rows.map((x) => x.satisfaction.ratings)
    expect(rated[1]).toBeGreaterThan(0)
    expect(rated).toEqual([2 * breakdown(config, DAY, DAY, 'day', { staffId: 'canbo2' }, fromFile).rows[0]!.satisfaction.ratings, rated[0]! / 2])
  })

  it('drills to the tickets of a service, one page at a time', () => {
    const page = ticketPage(config, { serviceId: 'A' }, { limit: 2, offset: 1 }, fromFile)
    expect(page.total).toBe(4)
    expect(page.tickets.map((t) => t.number)).toEqual(['A002', 'A003'])
    expect(page.tickets[0]).toMatchObject({ slot: '08:30', waitMinutes: 0, serviceMinutes: 6, issuedAt: '2026-11-25T08:05:00+07:00', score: null })
  })
})
