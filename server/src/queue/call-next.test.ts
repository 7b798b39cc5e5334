import { describe, expect, it } from 'vitest'
import { aCounter, aState, aTicket, at, codeOf, deepFreeze, smallConfig } from '../../../test/fixtures/queue-builders.ts'
import { callNext } from './call-next.ts'
import type { QueueState, Ticket } from './model.ts'

const config = smallConfig() // counter 1 serves A; counter 2 serves A and B
const p = (id: string, issued: string, over: Partial<Ticket> = {}) =>
  aTicket({ id, number: id, priority: 'pregnant', issuedAt: at(issued), ...over })
const n = (id: string, issued: string, over: Partial<Ticket> = {}) => aTicket({ id, number: id, issuedAt: at(issued), ...over })

describe('callNext', () => {
  it('calls the first ticket and records who called it', () => {
    const state = deepFreeze(aState(config, { counters: [aCounter('1')], tickets: [n('N1', '08:01'), n('N2', '08:02')] }))
    const t = callNext(state, config, '1', 'canbo1', at('08:10'))
    expect(t.result).toMatchObject({ id: 'N1', status: 'called', calledAt: at('08:10'), firstCalledAt: at('08:10'), counterId: '1', staffId: 'canbo1' })
    expect(t.state.counters['1']).toMatchObject({ status: 'open', ticketId: 'N1', priorityInARow: 0, staffId: 'canbo1' })
    expect(t.events).toEqual([
      {
        type: 'called',
        at: at('08:10'),
        ticketId: 'N1',
        number: 'N1',
        serviceId: 'A',
        counterId: '1',
        staffId: 'canbo1',
        data: { outOfOrder: false, priority: null, slot: '08:00' },
      },
    ])
    expect(t.state.lastInstant).toBe(at('08:10'))
  })

  it('answers an unknown counter with NOT_FOUND and a paused one with INVALID_STATE', () => {
    const state = deepFreeze(aState(config, { counters: [aCounter('1', { status: 'paused' })], tickets: [n('N1', '08:01')] }))
    expect(codeOf(() => callNext(state, config, '9', 'x', at('08:10')))).toBe('NOT_FOUND')
    expect(codeOf(() => callNext(state, config, '1', 'canbo1', at('08:10')))).toBe('INVALID_STATE')
  })

  it('opens a closed counter', () => {
    const state = deepFreeze(aState(config, { tickets: [n('N1', '08:01')] }))
    expect(state.counters['2']?.status).toBe('closed')
    const t = callNext(state, config, '2', 'canbo2', at('08:10'))
    expect(t.state.counters['2']?.status).toBe('open')
    expect(t.events.map((e) => e.type)).toEqual(['counter_opened', 'called'])
  })

  it('finishes the current ticket first, also when nobody waits', () => {
    const current = n('N1', '08:01', { status: 'serving', counterId: '1', calledAt: at('08:05'), startedAt: at('08:06') })
    const state = deepFreeze(aState(config, { counters: [aCounter('1', { ticketId: 'N1' })], tickets: [current] }))
    const t = callNext(state, config, '1', 'canbo1', at('08:20'))
    expect(t.result).toBeNull()
    expect(t.state.tickets[0]).toEqual({ ...current, status: 'done', finishedAt: at('08:20') })
    expect(t.state.counters['1']).toMatchObject({ ticketId: null, lastFinishedTicketId: 'N1' })
    expect(t.events).toEqual([
      { type: 'finished', at: at('08:20'), ticketId: 'N1', number: 'N1', serviceId: 'A', counterId: '1', staffId: 'canbo1' },
    ])
  })

  it('finishes a called ticket without inventing a start, then calls the next', () => {
    const current = n('N1', '08:01', { status: 'called', counterId: '1', calledAt: at('08:05') })
    const state = deepFreeze(
      aState(config, { counters: [aCounter('1', { ticketId: 'N1' })], tickets: [current, n('N2', '08:02')] }),
    )
    const t = callNext(state, config, '1', 'canbo1', at('08:20'))
    expect(t.result?.id).toBe('N2')
    expect(t.state.tickets[0]?.status).toBe('done')
    expect(t.state.tickets[0]?.startedAt).toBeUndefined()
    expect(t.state.counters['1']).toMatchObject({ ticketId: 'N2', lastFinishedTicketId: 'N1' })
    expect(t.events.map((e) => e.type)).toEqual(['finished', 'called'])
  })

  it('calls P, P, N, P, P, N … with maxPriorityInARow 2, flagging calls out of order', () => {
    let state: QueueState = deepFreeze(
      aState(config, {
        counters: [aCounter('1')],
        tickets: [n('N1', '08:01'), p('P1', '08:02'), p('P2', '08:03'), n('N2', '08:04'), p('P3', '08:05'), p('P4', '08:06'), n('N3', '08:07')],
      }),
    )
    const calls: string[] = []
    const outOfOrder: unknown[] = []
    for (let i = 0; i < 8; i++) {
      const t = callNext(state, config, '1', 'canbo1', at('08:10') + i * 60_000)
      state = deepFreeze(t.state)
      if (t.result) calls.push(t.result.id)
      const called = t.events.find((e) => e.type === 'called')
      if (called) outOfOrder.push(called.data?.outOfOrder)
    }
    expect(calls).toEqual(['P1', 'P2', 'N1', 'P3', 'P4', 'N2', 'N3'])
    expect(outOfOrder).toEqual([true, true, false, true, true, false, false])
    expect(state.counters['1']?.priorityInARow).toBe(0)
    expect(state.tickets.every((t) => t.status === 'done')).toBe(true)
  })

  it('counts priority calls in a row at that counter only', () => {
    const state = deepFreeze(
      aState(config, { counters: [aCounter('1', { priorityInARow: 1 })], tickets: [p('P1', '08:02')] }),
    )
    expect(callNext(state, config, '1', 'canbo1', at('08:10')).state.counters['1']?.priorityInARow).toBe(2)
  })

  it('never gives two counters the same ticket', () => {
    const state = deepFreeze(aState(config, { counters: [aCounter('1'), aCounter('2')], tickets: [n('N1', '08:01'), n('N2', '08:02')] }))
    const first = callNext(state, config, '1', 'canbo1', at('08:10'))
    const second = callNext(deepFreeze(first.state), config, '2', 'canbo2', at('08:10'))
    const third = callNext(deepFreeze(second.state), config, '2', 'canbo2', at('08:10'))
    expect([first.result?.id, second.result?.id, third.result]).toEqual(['N1', 'N2', null])
  })

  it('keeps the first call of a transferred ticket', () => {
    const back = n('T1', '08:01', { serviceId: 'B', originalServiceId: 'A', firstCalledAt: at('08:05') })
    const state = deepFreeze(aState(config, { counters: [aCounter('2')], tickets: [back] }))
    const t = callNext(state, config, '2', 'canbo2', at('08:30'))
    expect(t.result).toMatchObject({ id: 'T1', calledAt: at('08:30'), firstCalledAt: at('08:05') })
  })

  it('does not call a ticket whose slot has not started', () => {
    const state = deepFreeze(aState(config, { counters: [aCounter('1')], tickets: [n('F1', '08:01', { slotStart: '08:30', slotEnd: '09:00' })] }))
    expect(callNext(state, config, '1', 'canbo1', at('08:29')).result).toBeNull()
    expect(callNext(state, config, '1', 'canbo1', at('08:30')).result?.id).toBe('F1')
  })
})
