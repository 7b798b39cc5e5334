import type { SummaryReport } from '../contract/index.ts'
import type { OfficeConfig } from '../config/schema.ts'
import { counterOf, forEachFact } from './facts.ts'
import type { ReportDays } from './facts.ts'
import { addTo, factOf, newAcc, ratingsOf, targetsOf } from './figures.ts'
import type { Acc } from './figures.ts'
import { percent, stats } from './stats.ts'

export type SummaryFigures = Omit<SummaryReport, 'from' | 'to' | 'byService' | 'byCounter'>

/** The contract's summary shape from running totals (also used by the raw-ticket reference). */
export function summaryFigures(acc: Acc): SummaryFigures {
  const { ratings, satisfied } = ratingsOf(acc)
  return {
    tickets: acc.issued,
    served: acc.served,
    noShow: acc.noShow,
    waitMinutes: stats(acc.wait.ms),
    serviceMinutes: stats(acc.service.ms),
    satisfaction: { ratings, satisfiedPercent: percent(satisfied, ratings) },
  }
}

/** GET /api/reports/summary: the office, each configured service and each configured counter. */
export function summarize(config: OfficeConfig, from: string, to: string, input: ReportDays): SummaryReport {
  const targets = targetsOf(config)
  const total = newAcc()
  const byService = new Map(config.services.map((s) => [s.id, newAcc()]))
  const byCounter = new Map(config.counters.map((k) => [k.id, newAcc()]))
  forEachFact(input.days, {}, (ref) => {
    const fact = factOf(ref, input.today)
    addTo(total, fact, targets)
    const s = byService.get(fact.serviceId)
    if (s) addTo(s, fact, targets)
    const k = byCounter.get(counterOf(ref) ?? '')
    if (k) addTo(k, fact, targets)
  })
  return {
    from,
    to,
    ...summaryFigures(total),
    byService: config.services.map((s) => ({ serviceId: s.id, name: s.name, ...summaryFigures(byService.get(s.id) ?? newAcc()) })),
    byCounter: config.counters.map((k) => ({ counterId: k.id, name: k.name, ...summaryFigures(byCounter.get(k.id) ?? newAcc()) })),
  }
}
