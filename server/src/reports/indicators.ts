import { PRIORITY_CLASSES } from '../contract/index.ts'
import type { PriorityClass } from '../contract/index.ts'
import type { ReportFilter, ReportIndicators } from '../contract/reports.ts'
import type { OfficeConfig } from '../config/schema.ts'
import { arrivals, counterDaysMatching, counterUse, daysMatching, longestQueue, pauseFigures } from './day-figures.ts'
import { forEachFact, priorityOf, transfersOf, valueOf, waitOf } from './facts.ts'
import type { ReportDays } from './facts.ts'
import { addFact, figuresOf, newAcc, targetsOf } from './figures.ts'
import { addSatisfaction, dossierEstimate, newSatisfactionAcc, satisfactionOf } from './satisfaction.ts'
import { durationStats } from './stats.ts'
import { waitDistribution } from './wait-distribution.ts'

const HALF_HOUR = 1_800_000

/** GET /api/reports/indicators: every figure managers report upward, for one filter over a range. */
export function indicators(config: OfficeConfig, from: string, to: string, filter: ReportFilter, input: ReportDays): ReportIndicators {
  const targets = targetsOf(config)
  const acc = newAcc()
  const sat = newSatisfactionAcc()
  const arrival: number[] = []
  const callLag: number[] = []
  let beforeSlot = 0
  const byHalfHour = new Map<number, number>()
  const byWeekday = new Map<string, number>()
  const waitsByClass = new Map<PriorityClass | null, number[]>()
  const actions = { outOfOrderCalls: 0, recalls: 0 }
  const transfers = new Map<string, { fromServiceId: string; toServiceId: string; reason: string | null; count: number }>()

  // The arrival profile is for slot planning: today's half-finished day would pull every mean per day down,
  // so it counts only when the range has no closed day.
  const partialDay = input.days.some((d) => d.date !== input.today) ? input.today : null
  forEachFact(input.days, filter, (ref) => {
    addFact(acc, ref, targets, input.today)
    addSatisfaction(sat, ref)
    const [issued, slot, call] = [valueOf(ref, 'issued'), valueOf(ref, 'slot'), valueOf(ref, 'firstCall')]
    arrival.push(issued - slot)
    if (issued < slot) beforeSlot++
    if (call >= 0) callLag.push(call - slot)
    if (ref.day.date !== partialDay) {
      const half = Math.floor(issued / HALF_HOUR)
      byHalfHour.set(half, (byHalfHour.get(half) ?? 0) + 1)
      byWeekday.set(ref.weekday, (byWeekday.get(ref.weekday) ?? 0) + 1)
    }
    const wait = waitOf(ref)
    if (wait !== null) {
      const list = waitsByClass.get(priorityOf(ref))
      if (list) list.push(wait)
      else waitsByClass.set(priorityOf(ref), [wait])
    }
    actions.outOfOrderCalls += valueOf(ref, 'outOfOrderCalls')
    actions.recalls += valueOf(ref, 'recalls')
    if (valueOf(ref, 'transfers') > 0)
      for (const row of transfersOf(ref)) {
        const key = JSON.stringify(row)
        const t = transfers.get(key) ?? { ...row, count: 0 }
        t.count++
        transfers.set(key, t)
      }
  })

  const figures = figuresOf(acc)
  const counters = counterUse(config, input.days, filter)
  const priorityWaits = PRIORITY_CLASSES.flatMap((p) => waitsByClass.get(p) ?? [])
  return {
    from,
    to,
    filter,
    days: daysMatching(input.days, filter).length,
    ...figures,
    waitDistribution: waitDistribution(acc.wait.ms),
    arrivalVsSlotMinutes: { ...durationStats(arrival), beforeSlot, inOrAfterSlot: arrival.length - beforeSlot },
    callVsSlotMinutes: durationStats(callLag),
    arrivals: arrivals(daysMatching(input.days, filter).filter((d) => d.date !== partialDay), byHalfHour, byWeekday),
    longestQueue: longestQueue(input.days, filter),
    counters,
    priorityEquity: {
      priority: { tickets: priorityWaits.length, waitMinutes: durationStats(priorityWaits) },
      normal: { tickets: waitsByClass.get(null)?.length ?? 0, waitMinutes: durationStats(waitsByClass.get(null) ?? []) },
      byClass: PRIORITY_CLASSES.flatMap((priority) => {
        const waits = waitsByClass.get(priority)
        return waits ? [{ priority, tickets: waits.length, waitMinutes: durationStats(waits) }] : []
      }),
    },
    satisfactionDetail: satisfactionOf(sat, config),
    dossiers: dossierEstimate(sat),
    actions: {
      ...actions,
      noShows: figures.tickets.noShow,
      cancelled: figures.tickets.cancelled,
      transfers: [...transfers.values()].sort((a, b) => b.count - a.count),
      pauses: pauseFigures(counterDaysMatching(input.days, filter).flatMap((c) => c.pauses)),
    },
  }
}
