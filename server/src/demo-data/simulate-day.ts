import type { OfficeConfig } from '../config/schema.ts'
import { closeCounter } from '../queue/counter-actions.ts'
import { issueTicket } from '../queue/issue-ticket.ts'
import type { QueueState } from '../queue/model.ts'
import { instantOf } from '../queue/office-time.ts'
import { setPrintState } from '../queue/print-state.ts'
import { openingPeriods, remainingSlots } from '../queue/slots.ts'
import { createDayRun } from './day-run.ts'
import type { StampedEvent } from './day-run.ts'
import { createPrng } from './prng.ts'
import type { Prng } from './prng.ts'
import { counterStep, wake } from './counter-steps.ts'
import type { CounterSim, Sim } from './counter-steps.ts'
import { arrivalsOf, PAUSE_REASONS } from './traffic.ts'
import type { Arrival } from './traffic.ts'

const MINUTE = 60_000
/** Staff finish the citizens already in the hall for up to this long after a period ends. */
const GRACE_MS = 20 * MINUTE

export interface SimulatedDay {
  state: QueueState
  events: StampedEvent[]
  /** Citizens the kiosk turned away (slot full). */
  refused: number
}

/** One working day of the office under the real queue rules, on a simulated clock. Null on a closed day. */
export function simulateDay(config: OfficeConfig, date: string, opts: { perDay: number; seed: string }): SimulatedDay | null {
  const tz = config.office.timeZone
  const periods = openingPeriods(config, date).map((p) => ({ start: instantOf(date, p.start, tz), end: instantOf(date, p.end, tz) + GRACE_MS }))
  if (periods.length === 0) return null
  const rng = createPrng(`${opts.seed}:${date}`)
  const run = createDayRun(config, date)
  const sim: Sim = { config, date, run, rng, periods, counters: counters(config, periods, rng), dossiers: 0 }
  const arrivals = arrivalsOf(config, date, opts.perDay, rng)
  let refused = 0
  let next = 0
  for (;;) {
    const arrival = arrivals[next]
    const counter = sim.counters.reduce<CounterSim | null>((best, c) => (c.at < (best?.at ?? Infinity) ? c : best), null)
    if (arrival && (!counter || arrival.at <= counter.at)) {
      if (!issue(sim, arrival)) refused++
      next++
    } else if (counter) counterStep(sim, counter)
    else break
  }
  for (const c of sim.counters) run.apply((s) => closeCounter(s, c.id, c.staffId, s.lastInstant))
  return { state: run.state(), events: run.events, refused }
}

function counters(config: OfficeConfig, periods: Sim['periods'], rng: Prng): CounterSim[] {
  const first = periods[0]!
  return config.counters.flatMap((k) => {
    const staff = config.users.find((u) => u.role === 'staff' && u.counterId === k.id)
    if (!staff) return []
    const window = rng.pick(periods)
    const pause = rng.chance(0.5)
      ? { at: window.start + rng.int(30, Math.max(31, (window.end - window.start) / MINUTE - 60)) * MINUTE, minutes: rng.int(5, 20), reason: rng.pick(PAUSE_REASONS) }
      : null
    return [{ id: k.id, staffId: staff.username, serviceIds: k.serviceIds, at: first.start + rng.int(-5, 4) * MINUTE, step: 'ready' as const, ticket: null, isOpen: false, pause }]
  })
}

/** The kiosk: issue, print, and wake counters that can call the new ticket (now, or when its slot starts). */
function issue(sim: Sim, a: Arrival): boolean {
  const { config, run, rng } = sim
  const later = a.slotsAhead > 0 ? remainingSlots(config, sim.date, a.at).slice(1) : []
  const slot = later[Math.min(a.slotsAhead, later.length) - 1]?.start
  const id = `${hex(rng)}${hex(rng)}`
  const ticket = run.attempt(
    (s) => issueTicket(s, config, { id, serviceId: a.serviceId, priority: a.priority, kioskId: a.kioskId, ...(slot ? { slot } : {}) }, a.at),
    ['SLOT_FULL', 'OFFICE_CLOSED', 'INVALID_SLOT'],
  )
  if (!ticket) return false
  run.apply((s) => setPrintState(s, ticket.id, 'printed', a.at))
  const callableAt = Math.max(a.at, instantOf(sim.date, ticket.slotStart, config.office.timeZone))
  wake(sim, ticket.serviceId, callableAt + rng.int(5, 40) * 1000)
  return true
}

const hex = (rng: Prng) => Math.floor(rng.next() * 0x1_0000_0000).toString(16).padStart(8, '0')
