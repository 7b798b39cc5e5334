import type { ReportFigures, TargetStats } from '../contract/reports.ts'
import type { OfficeConfig } from '../config/schema.ts'
import { serviceOf, statusOf, valueOf, waitOf } from './facts.ts'
import type { FactRef } from './facts.ts'
import { durationStats, percent } from './stats.ts'

const MINUTE = 60_000

/** Each service's targets in ms; a service no longer in the config has none and is not assessed. */
export interface Targets {
  wait: ReadonlyMap<string, number>
  service: ReadonlyMap<string, number>
}

export function targetsOf(config: OfficeConfig): Targets {
  return {
    wait: new Map(config.services.map((s) => [s.id, s.targetWaitMinutes * MINUTE])),
    service: new Map(config.services.map((s) => [s.id, s.targetServiceMinutes * MINUTE])),
  }
}

interface Durations {
  ms: number[]
  within: number
  assessed: number
}

/** Running totals for one group of tickets. */
export interface Acc {
  issued: number
  called: number
  served: number
  noShow: number
  cancelled: number
  leftAtClose: number
  transferred: number
  transfers: number
  wait: Durations
  service: Durations
  /** Count per score, index 1–4. */
  scores: [number, number, number, number, number]
}

export function newAcc(): Acc {
  const durations = (): Durations => ({ ms: [], within: 0, assessed: 0 })
  return {
    issued: 0, called: 0, served: 0, noShow: 0, cancelled: 0, leftAtClose: 0, transferred: 0, transfers: 0,
    wait: durations(), service: durations(), scores: [0, 0, 0, 0, 0],
  }
}

function addDuration(d: Durations, ms: number, target: number | undefined): void {
  d.ms.push(ms)
  if (target === undefined) return
  d.assessed++
  if (ms <= target) d.within++
}

export function addFact(acc: Acc, ref: FactRef, targets: Targets, today: string): void {
  const serviceId = serviceOf(ref)
  const status = statusOf(ref)
  acc.issued++
  if (valueOf(ref, 'firstCall') >= 0) acc.called++
  if (status === 'done') acc.served++
  else if (status === 'no_show') acc.noShow++
  else if (status === 'cancelled') acc.cancelled++
  else if (ref.day.date < today) acc.leftAtClose++
  const transfers = valueOf(ref, 'transfers')
  if (transfers > 0) acc.transferred++
  acc.transfers += transfers
  const wait = waitOf(ref)
  if (wait !== null) addDuration(acc.wait, wait, targets.wait.get(serviceId))
  const service = valueOf(ref, 'serviceTime')
  if (service >= 0) addDuration(acc.service, service, targets.service.get(serviceId))
  const score = valueOf(ref, 'score')
  if (score >= 1 && score <= 4) acc.scores[score]!++
}

export function ratingsOf(acc: Acc): { ratings: number; satisfied: number } {
  const [, s1, s2, s3, s4] = acc.scores
  return { ratings: s1 + s2 + s3 + s4, satisfied: s3 + s4 }
}

function targetStats(d: Durations): TargetStats {
  return { ...durationStats(d.ms), withinTarget: d.within, withinTargetPercent: percent(d.within, d.assessed) }
}

export function figuresOf(acc: Acc): ReportFigures {
  const { ratings, satisfied } = ratingsOf(acc)
  return {
    tickets: {
      issued: acc.issued,
      called: acc.called,
      served: acc.served,
      noShow: acc.noShow,
      noShowPercent: percent(acc.noShow, acc.called),
      transferred: acc.transferred,
      transfers: acc.transfers,
      cancelled: acc.cancelled,
      leftAtClose: acc.leftAtClose,
    },
    waitMinutes: targetStats(acc.wait),
    serviceMinutes: targetStats(acc.service),
    satisfaction: { ratings, satisfiedPercent: percent(satisfied, ratings), coveragePercent: percent(ratings, acc.served) },
  }
}
