import type { OfficeConfig } from '../config/schema.ts'
import { callNext } from '../queue/call-next.ts'
import { openCounter, pauseCounter, resumeCounter } from '../queue/counter-actions.ts'
import type { Ticket } from '../queue/model.ts'
import { instantOf } from '../queue/office-time.ts'
import { rateAtCounter } from '../queue/rating.ts'
import { finishTicket, markNoShow, recall, setDossier, startTicket, transferTicket } from '../queue/ticket-actions.ts'
import type { DayRun } from './day-run.ts'
import type { Prng } from './prng.ts'
import { ratingFor, TRANSFER_REASONS } from './traffic.ts'

const SECOND = 1000
const MINUTE = 60_000

export type Step = 'ready' | 'arrive' | 'finish' | 'rate' | 'absent' | 'absentAgain' | 'transfer' | 'resume'

/** One counter and its staff: what it does next, and when. */
export interface CounterSim {
  id: string
  staffId: string
  serviceIds: string[]
  /** When the next step happens; Infinity while idle with nobody to call. */
  at: number
  step: Step | null
  ticket: Ticket | null
  isOpen: boolean
  pause: { at: number; minutes: number; reason: string | undefined } | null
}

export interface Sim {
  config: OfficeConfig
  date: string
  run: DayRun
  rng: Prng
  /** Opening periods with the staff's grace time after each, in epoch ms. */
  periods: { start: number; end: number }[]
  counters: CounterSim[]
  dossiers: number
}

/** Idle counters serving `serviceId` notice a ticket they can call. */
export function wake(sim: Sim, serviceId: string, at: number): void {
  for (const c of sim.counters) if (c.step === 'ready' && c.ticket === null && c.serviceIds.includes(serviceId)) c.at = Math.min(c.at, at)
}

function then(c: CounterSim, step: Step | null, at: number): void {
  c.step = step
  c.at = at
}

/** Runs the counter's next step at c.at through the real rules, and plans the one after. */
export function counterStep(sim: Sim, c: CounterSim): void {
  const { run, rng, config } = sim
  const t = c.at
  const ticket = c.ticket
  switch (c.step) {
    case 'ready':
      return ready(sim, c, t)
    case 'arrive': {
      if (!ticket) return then(c, 'ready', t)
      if (rng.chance(0.7)) run.apply((s) => startTicket(s, ticket.id, c.id, c.staffId, t))
      const usual = config.services.find((s) => s.id === ticket.serviceId)?.defaultServiceMinutes ?? 10
      const ms = Math.round(Math.min(4 * usual, Math.max(1, rng.logNormal(usual * 0.9, 0.45))) * MINUTE)
      const isTransfer = rng.chance(0.03) && config.services.length > 1
      return then(c, isTransfer ? 'transfer' : 'finish', t + (isTransfer ? Math.min(ms, rng.int(60, 180) * SECOND) : ms))
    }
    case 'finish': {
      if (!ticket) return then(c, 'ready', t)
      if (rng.chance(0.45)) run.apply((s) => setDossier(s, ticket.id, c.id, c.staffId, dossierCode(sim), t))
      run.apply((s) => finishTicket(s, ticket.id, c.id, c.staffId, t))
      const isRated = rng.chance(0.65)
      return then(c, isRated ? 'rate' : 'ready', t + rng.int(isRated ? 5 : 3, isRated ? 40 : 15) * SECOND)
    }
    case 'rate': {
      if (ticket) {
        const slot = instantOf(sim.date, ticket.slotStart, config.office.timeZone)
        const wait = ((ticket.firstCalledAt ?? t) - Math.max(ticket.issuedAt, slot)) / MINUTE
        const { score, reasons } = ratingFor(config, wait, rng)
        run.apply((s) => rateAtCounter(s, c.id, { score, reasons, number: ticket.number }, t))
      }
      c.ticket = null
      return then(c, 'ready', t + rng.int(2, 10) * SECOND)
    }
    case 'absent':
      if (ticket && rng.chance(0.5)) {
        run.apply((s) => recall(s, c.id, c.staffId, t))
        return then(c, 'absentAgain', t + 90 * SECOND)
      }
      return noShow(sim, c, t)
    case 'absentAgain':
      return noShow(sim, c, t)
    case 'transfer': {
      if (ticket) {
        const to = rng.pick(config.services.filter((s) => s.id !== ticket.serviceId)).id
        run.apply((s) => transferTicket(s, config, ticket.id, c.id, c.staffId, to, rng.pick(TRANSFER_REASONS), t))
        wake(sim, to, t + rng.int(10, 60) * SECOND)
      }
      c.ticket = null
      return then(c, 'ready', t + 5 * SECOND)
    }
    case 'resume':
      run.apply((s) => resumeCounter(s, c.id, c.staffId, t))
      return then(c, 'ready', t)
    case null:
      return
  }
}

function noShow(sim: Sim, c: CounterSim, t: number): void {
  const ticket = c.ticket
  if (ticket) sim.run.apply((s) => markNoShow(s, ticket.id, c.id, c.staffId, t))
  c.ticket = null
  then(c, 'ready', t + 5 * SECOND)
}

/** Free: outside the periods wait for the next one; take a planned pause; otherwise call next. */
function ready(sim: Sim, c: CounterSim, t: number): void {
  const { run, rng, config } = sim
  const inPeriod = sim.periods.find((p) => p.start <= t && t < p.end)
  if (!inPeriod) {
    const nextPeriod = sim.periods.find((p) => p.start > t)
    return then(c, nextPeriod ? 'ready' : null, nextPeriod ? nextPeriod.start + rng.int(0, 4) * MINUTE : Infinity)
  }
  if (!c.isOpen) {
    run.apply((s) => openCounter(s, c.id, c.staffId, t))
    c.isOpen = true
  }
  const pause = c.pause
  if (pause && t >= pause.at) {
    c.pause = null
    run.apply((s) => pauseCounter(s, c.id, c.staffId, pause.reason, t))
    return then(c, 'resume', t + pause.minutes * MINUTE)
  }
  const called = run.apply((s) => callNext(s, config, c.id, c.staffId, t))
  c.ticket = called
  if (!called) return then(c, 'ready', Infinity)
  // About 5 % do not come when called (CONTRACT: staff mark them no-show before pressing next).
  return rng.chance(0.05) ? then(c, 'absent', t + 2 * MINUTE) : then(c, 'arrive', t + rng.int(15, 60) * SECOND)
}

function dossierCode(sim: Sim): string {
  sim.dossiers++
  const ymd = sim.date.slice(2).replaceAll('-', '')
  return `000.00.12.H26-${ymd}-${String(sim.dossiers).padStart(4, '0')}`
}
