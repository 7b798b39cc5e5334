import { AppError } from '../errors.ts'
import type { OfficeConfig } from '../config/schema.ts'
import type { CounterState, DomainEvent, QueueState, Ticket, Transition } from './model.ts'
import { callableInFirstComeOrder, pickNext } from './call-order.ts'
import { finishAt } from './finish.ts'
import { counterOrFresh, putCounter, putTicket, requireCounter, stamp } from './state-ops.ts'

/**
 * "Finish and call next". A counter serves one citizen at a time, so pressing next first finishes the
 * current ticket (called or serving) as done, also when nobody else waits (result null). A citizen who
 * did not come is marked no-show by staff before pressing next.
 */
export function callNext(
  state: QueueState,
  config: OfficeConfig,
  counterId: string,
  staffId: string,
  now: number,
): Transition<Ticket | null> {
  const serviceIds = config.counters.find((c) => c.id === counterId)?.serviceIds ?? []
  let counter = counterOrFresh(state, config, counterId)
  if (counter.status === 'paused') throw new AppError('INVALID_STATE', { counterId, status: counter.status })
  const events: DomainEvent[] = []
  if (counter.status === 'closed') {
    // Pressing next is unmistakable proof that someone is at the counter: it opens without a login step.
    counter = { ...counter, status: 'open', staffId }
    events.push({ type: 'counter_opened', at: now, counterId, staffId })
  }
  let next = putCounter(state, { ...counter, staffId })

  const current = next.tickets.find((t) => t.id === counter.ticketId)
  if (current && (current.status === 'called' || current.status === 'serving')) {
    const finished = finishAt(next, current, requireCounter(next, counterId), staffId, now)
    next = finished.state
    events.push(finished.event)
  }

  const here = requireCounter(next, counterId)
  const picked = pickNext(next, config, serviceIds, now, here)
  if (!picked) return { state: stamp(next, now), events, result: null }

  const firstCome = callableInFirstComeOrder(next, config, serviceIds, now)[0]
  const called: Ticket = {
    ...picked,
    status: 'called',
    calledAt: now,
    firstCalledAt: picked.firstCalledAt ?? now,
    counterId,
    staffId,
  }
  const counterAfter: CounterState = {
    ...here,
    ticketId: called.id,
    priorityInARow: called.priority !== null ? here.priorityInARow + 1 : 0,
  }
  events.push({
    type: 'called',
    at: now,
    ticketId: called.id,
    number: called.number,
    serviceId: called.serviceId,
    counterId,
    staffId,
    data: { outOfOrder: firstCome?.id !== called.id, priority: called.priority, slot: called.slotStart },
  })
  return { state: stamp(putCounter(putTicket(next, called), counterAfter), now), events, result: called }
}
