import { AppError } from '../errors.ts'
import type { CounterState, DomainEvent, QueueState, Transition } from './model.ts'
import { putCounter, requireCounter, stamp, without } from './state-ops.ts'

// A counter's own state: open (calling), paused (staff away, keeps its current ticket), closed (nobody
// logged in). A closed counter also opens when staff press next (see call-next.ts).

function changed(state: QueueState, counter: CounterState, now: number, events: DomainEvent[]): Transition<CounterState> {
  return { state: stamp(putCounter(state, counter), now), events, result: counter }
}

/** Pausing keeps the current ticket at the counter: staff step away mid-dossier and come back to it. */
export function pauseCounter(
  state: QueueState,
  counterId: string,
  staffId: string,
  reason: string | undefined,
  now: number,
): Transition<CounterState> {
  const counter = requireCounter(state, counterId)
  if (counter.status === 'paused') throw new AppError('INVALID_STATE', { counterId, status: counter.status })
  const paused: CounterState = { ...counter, status: 'paused', staffId, ...(reason ? { pauseReason: reason } : {}) }
  const event: DomainEvent = { type: 'paused', at: now, counterId, staffId, data: { reason: reason ?? null } }
  return changed(state, reason ? paused : without(paused, 'pauseReason'), now, [event])
}

export function resumeCounter(state: QueueState, counterId: string, staffId: string, now: number): Transition<CounterState> {
  const counter = requireCounter(state, counterId)
  if (counter.status === 'open') throw new AppError('INVALID_STATE', { counterId, status: counter.status })
  const open: CounterState = { ...without(counter, 'pauseReason'), status: 'open', staffId }
  const event: DomainEvent = {
    type: 'resumed',
    at: now,
    counterId,
    staffId,
    data: { from: counter.status, reason: counter.pauseReason ?? null },
  }
  return changed(state, open, now, [event])
}

/** Staff login. A paused counter stays paused: logging in again on another device is not a resume. */
export function openCounter(state: QueueState, counterId: string, staffId: string, now: number): Transition<CounterState> {
  const counter = requireCounter(state, counterId)
  if (counter.status !== 'closed') return changed(state, { ...counter, staffId }, now, [])
  const open: CounterState = { ...counter, status: 'open', staffId }
  return changed(state, open, now, [{ type: 'counter_opened', at: now, counterId, staffId }])
}

/**
 * Staff logout. The counter keeps its current ticket, so a logout by mistake loses nobody: the next
 * login and press of next finishes it as usual. The event log has no "closed" type yet, so none is
 * written; reports see the counter's activity through its tickets.
 */
export function closeCounter(state: QueueState, counterId: string, _staffId: string, now: number): Transition<CounterState> {
  const counter = requireCounter(state, counterId)
  const closed: CounterState = { ...without(counter, 'pauseReason', 'staffId'), status: 'closed' }
  return changed(state, closed, now, [])
}
