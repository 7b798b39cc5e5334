import { describe, expect, it } from 'vitest'
import { aCounter, aState, aTicket, at, deepFreeze, smallConfig } from '../../../test/fixtures/queue-builders.ts'
import { countersServing, estimateTicketWaitMinutes, estimateWaitMinutes, serviceMinutes } from './estimate.ts'
import type { Ticket } from './model.ts'

const config = smallConfig() // A: default 10 min, counters 1 and 2; B: default 6 min, counter 2
const served = (called: string, finished: string, over: Partial<Ticket> = {}) =>
  aTicket({ status: 'done', calledAt: at(called), finishedAt: at(finished), counterId: '1', ...over })

describe('estimateWaitMinutes', () => {
  it('uses the default service time over the configured counters when none is open', () => {
    const state = deepFreeze(aState(config))
    expect(countersServing(state, config, 'A')).toBe(2)
    expect(estimateWaitMinutes(state, config, 'A', 5, at('08:00'))).toBe(25)
    expect(estimateWaitMinutes(state, config, 'B', 5, at('08:00'))).toBe(30)
    expect(estimateWaitMinutes(state, config, 'A', 0, at('08:00'))).toBe(0)
  })

  it('divides by the counters open for the service', () => {
    const state = deepFreeze(aState(config, { counters: [aCounter('1'), aCounter('2', { status: 'paused' })] }))
    expect(countersServing(state, config, 'A')).toBe(1)
    expect(estimateWaitMinutes(state, config, 'A', 5, at('08:00'))).toBe(50)
  })

  it('uses today’s service times, from the start when there was one, else from the call', () => {
    const state = deepFreeze(
      aState(config, {
        counters: [aCounter('1')],
        tickets: [
          served('08:00', '08:04'), // 4 minutes from the call
          served('08:00', '08:08', { startedAt: at('08:02') }), // 6 minutes from the start
          served('08:00', '09:00', { serviceId: 'B' }), // another service
          aTicket({ status: 'no_show', calledAt: at('08:00'), finishedAt: at('08:30') }),
        ],
      }),
    )
    // 4 + 6 minutes seen, the default 10 for the eight not yet seen: 90 / 10.
    expect(serviceMinutes(state, config, 'A')).toBe(9)
    expect(estimateWaitMinutes(state, config, 'A', 3, at('09:00'))).toBe(27)
  })

  it('averages only the last ten and rounds up to whole minutes', () => {
    const recent = Array.from({ length: 10 }, (_, i) => served(`08:${10 + i}`, `08:${12 + i}`)) // 2 minutes each
    const state = deepFreeze(aState(config, { tickets: [served('07:00', '08:00'), ...recent] }))
    expect(serviceMinutes(state, config, 'A')).toBe(2)
    // 3 × 2 minutes over 2 configured counters.
    expect(estimateWaitMinutes(state, config, 'A', 3, at('09:00'))).toBe(3)
    // (2 + 3 + 8 × 10) / 10 = 8.5 minutes; 5 × 8.5 / 2 = 21.25 → 22
    const odd = deepFreeze(aState(config, { tickets: [served('08:00', '08:02'), served('08:00', '08:03')] }))
    expect(estimateWaitMinutes(odd, config, 'A', 5, at('09:00'))).toBe(22)
  })

  it('does not let one quick first service promise a short wait', () => {
    const quick = deepFreeze(aState(config, { counters: [aCounter('1')], tickets: [served('08:00', '08:00', { finishedAt: at('08:00') + 12_000 })] }))
    // 0.2 + 9 × 10 = 90.2 / 10 = 9.02 minutes a citizen: six ahead wait about 55 minutes, not one.
    expect(estimateWaitMinutes(quick, config, 'A', 6, at('09:00'))).toBe(55)
  })

  it('waits for a ticket at least until its slot starts', () => {
    const future = aTicket({ id: 'f', slotStart: '09:00', slotEnd: '09:30', issuedAt: at('08:10') })
    const now = aTicket({ id: 'n', issuedAt: at('08:05') })
    const first = aTicket({ id: 'first', issuedAt: at('08:01') })
    const state = deepFreeze(aState(config, { tickets: [first, now, future] }))
    expect(estimateTicketWaitMinutes(state, config, future, at('08:10'))).toBe(50)
    // One ahead: 10 minutes over 2 counters.
    expect(estimateTicketWaitMinutes(state, config, now, at('08:10'))).toBe(5)
    expect(estimateTicketWaitMinutes(state, config, first, at('08:10'))).toBe(0)
    expect(estimateTicketWaitMinutes(state, config, { ...first, status: 'called' }, at('08:10'))).toBe(0)
  })
})
