import { describe, expect, it } from 'vitest'
import { aCounter, aState, aTicket, at, deepFreeze, smallConfig } from '../../../test/fixtures/queue-builders.ts'
import { callNext } from './call-next.ts'
import type { Ticket } from './model.ts'
import { callOrderAt, liveServices, waitingForCounter } from './office-figures.ts'

const config = smallConfig() // counter 1 serves A; counter 2 serves A and B; at most 2 priority tickets in a row
const t = (id: string, issued: string, over: Partial<Ticket> = {}) => aTicket({ id, number: id, issuedAt: at(issued), ...over })

describe('the staff console figures', () => {
  // Counter 2 has just called two priority tickets, so its next call must be a normal one.
  const state = deepFreeze(
    aState(config, {
      counters: [aCounter('2', { priorityInARow: 2 })],
      tickets: [
        t('P1', '08:01', { priority: 'elderly' }),
        t('B1', '08:02', { serviceId: 'B' }),
        t('P2', '08:03', { priority: 'pregnant', serviceId: 'B' }),
        t('A1', '08:04'),
        t('L1', '08:05', { slotStart: '09:00', slotEnd: '09:30' }),
      ],
    }),
  )

  it('lists what "next" will call at the counter, in the order it calls them', () => {
    const order = callOrderAt(state, config, '2', at('08:10'))
    expect(order).toEqual(['B1', 'P1', 'P2', 'A1'])
    // The same order as pressing next again and again at that counter.
    let s = state
    const called: string[] = []
    for (let i = 0; i < order.length; i++) {
      const next = callNext(s, config, '2', 'canbo2', at('08:10') + i)
      s = next.state
      if (next.result) called.push(next.result.number)
    }
    expect(called).toEqual(order)
  })

  it('counts the tickets booked for a later slot apart', () => {
    expect(waitingForCounter(state, config, '1', at('08:10'))).toEqual([{ serviceId: 'A', count: 3, booked: 1, next: ['P1', 'A1'] }])
    expect(liveServices(state, config, at('08:10')).map((s) => [s.serviceId, s.waiting, s.booked])).toEqual([['A', 3, 1], ['B', 2, 0]])
    expect(callOrderAt(state, config, '1', at('09:00'))).toContain('L1')
  })
})
