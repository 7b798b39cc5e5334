import type { TicketStatus } from '../contract/index.ts'
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

/** What one ticket adds to a group's totals, read once from the day's columns. */
export interface Fact {
  serviceId: string
  status: TicketStatus
  isCalled: boolean
  /** Still open on a day before `today`: left when that day closed. */
  isLeftAtClose: boolean
  transfers: number
  /** ms; null when never called. */
  wait: number | null
  /** ms; -1 unless done. */
  service: number
  /** 1–4, 0 when not rated. */
  score: number
}

export function factOf(ref: FactRef, today: string): Fact {
  const status = statusOf(ref)
  return {
    serviceId: serviceOf(ref),
    status,
    isCalled: valueOf(ref, 'firstCall') >= 0,
    isLeftAtClose: ref.day.date < today && (status === 'waiting' || status === 'called' || status === 'serving'),
    transfers: valueOf(ref, 'transfers'),
    wait: waitOf(ref),
    service: valueOf(ref, 'serviceTime'),
    score: valueOf(ref, 'score'),
  }
}

/** Adds one ticket to a group; a report adding the same ticket to several groups reads it once (factOf). */
export function addTo(acc: Acc, f: Fact, targets: Targets): void {
  acc.issued++
  if (f.isCalled) acc.called++
  if (f.status === 'done') acc.served++
  else if (f.status === 'no_show') acc.noShow++
  else if (f.status === 'cancelled') acc.cancelled++
  else if (f.isLeftAtClose) acc.leftAtClose++
  if (f.transfers > 0) acc.transferred++
  acc.transfers += f.transfers
  if (f.wait !== null) addDuration(acc.wait, f.wait, targets.wait.get(f.serviceId))
  if (f.service >= 0) addDuration(acc.service, f.service, targets.service.get(f.serviceId))
  if (f.score >= 1 && f.score <= 4) acc.scores[f.score]!++
}

export function addFact(acc: Acc, ref: FactRef, targets: Targets, today: string): void {
  addTo(acc, factOf(ref, today), targets)
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
