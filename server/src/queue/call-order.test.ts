import { describe, expect, it } from 'vitest'
import { aCounter, aState, aTicket, at, deepFreeze, smallConfig } from '../../../test/fixtures/queue-builders.ts'
import { nextNumbers, peopleAhead, pickNext, waitingInOrder } from './call-order.ts'
import type { Ticket } from './model.ts'

const config = smallConfig() // maxPriorityInARow 2, maxWaitMinutes 60
const ids = (ts: Ticket[]) => ts.map((t) => t.id)
const p = (id: string, issued: string, over: Partial<Ticket> = {}) =>
  aTicket({ id, priority: 'elderly', issuedAt: at(issued), ...over })
const n = (id: string, issued: string, over: Partial<Ticket> = {}) => aTicket({ id, priority: null, issuedAt: at(issued), ...over })

describe('waitingInOrder', () => {
  const mixed = deepFreeze(
    aState(config, {
      tickets: [
        p('P1', '08:01'),
        n('N1', '08:02'),
        p('P2', '08:03'),
        p('P3', '08:04'),
        n('N2', '08:05'),
        p('P4', '08:06'),
        p('P5', '08:07'),
        n('N3', '08:08'),
      ],
    }),
  )

  it('interleaves two priority tickets, then a normal one', () => {
    expect(ids(waitingInOrder(mixed, config, ['A'], at('08:20')))).toEqual(['P1', 'P2', 'N1', 'P3', 'P4', 'N2', 'P5', 'N3'])
  })

  it('lets a normal ticket go first at a counter that just called two priority tickets', () => {
    const counter = aCounter('1', { priorityInARow: 2 })
    expect(ids(waitingInOrder(mixed, config, ['A'], at('08:20'), counter))).toEqual([
      'N1',
      'P1',
      'P2',
      'N2',
      'P3',
      'P4',
      'N3',
      'P5',
    ])
    expect(pickNext(mixed, config, ['A'], at('08:20'), aCounter('1', { priorityInARow: 1 }))?.id).toBe('P1')
  })

  it('follows the office rule for a longer run', () => {
    const three = smallConfig({ priority: { maxPriorityInARow: 3 } })
    expect(ids(waitingInOrder(mixed, three, ['A'], at('08:20')))).toEqual(['P1', 'P2', 'P3', 'N1', 'P4', 'P5', 'N2', 'N3'])
  })

  it('serves first come first served by slot start, then issue time, then sequence', () => {
    const state = aState(config, {
      tickets: [
        n('late-slot', '08:01', { slotStart: '08:30', slotEnd: '09:00' }),
        n('b', '08:10', { seq: 2 }),
        n('a', '08:10', { seq: 1 }),
        n('first', '07:50'),
      ],
    })
    expect(ids(waitingInOrder(state, config, ['A'], at('08:40')))).toEqual(['first', 'a', 'b', 'late-slot'])
  })

  it('calls a ticket that waited longer than the maximum first, oldest first', () => {
    const state = deepFreeze(
      aState(config, {
        tickets: [
          p('P-new', '08:50', { slotStart: '08:30', slotEnd: '09:00' }),
          n('N-65', '08:00'),
          n('N-62', '08:03'),
          // Issued at 07:00 for the 08:00 slot: it waits from 08:00, so 65 minutes, not 125.
          p('P-booked', '07:00'),
          n('N-60', '08:05'), // exactly the maximum: not yet overdue
        ],
      }),
    )
    expect(ids(waitingInOrder(state, config, ['A'], at('09:05')))).toEqual(['P-booked', 'N-65', 'N-62', 'P-new', 'N-60'])
  })

  it('counts overdue calls in the run of priority calls', () => {
    const state = aState(config, {
      tickets: [p('P-old1', '07:50'), p('P-old2', '07:55'), p('P-new', '08:55', { slotStart: '08:30' }), n('N-new', '08:56', { slotStart: '08:30' })],
    })
    expect(ids(waitingInOrder(state, config, ['A'], at('09:00')))).toEqual(['P-old1', 'P-old2', 'N-new', 'P-new'])
  })

  it('leaves out slots not started, other services and tickets not waiting', () => {
    const state = aState(config, {
      tickets: [
        n('now', '08:01'),
        n('later', '08:02', { slotStart: '08:30', slotEnd: '09:00' }),
        n('other', '08:03', { serviceId: 'B' }),
        n('called', '08:00', { status: 'called', counterId: '2' }),
        n('gone', '08:00', { status: 'no_show' }),
      ],
    })
    expect(ids(waitingInOrder(state, config, ['A'], at('08:29')))).toEqual(['now'])
    expect(ids(waitingInOrder(state, config, ['A'], at('08:30')))).toEqual(['now', 'later'])
    expect(ids(waitingInOrder(state, config, ['A', 'B'], at('08:30')))).toEqual(['now', 'other', 'later'])
    expect(pickNext(state, config, ['B'], at('07:59'))).toBeNull()
  })
})

describe('peopleAhead and nextNumbers', () => {
  const state = deepFreeze(
    aState(config, {
      tickets: [
        n('N1', '08:01', { number: 'A001' }),
        n('N2', '08:02', { number: 'A002' }),
        p('P1', '08:03', { number: 'A003' }),
        n('F1', '08:04', { number: 'A004', slotStart: '08:30', slotEnd: '09:00' }),
        p('F2', '08:05', { number: 'A005', slotStart: '08:30', slotEnd: '09:00' }),
        n('B1', '08:00', { serviceId: 'B', number: 'B001' }),
        n('done', '08:00', { status: 'done', number: 'A000' }),
      ],
    }),
  )
  const ahead = (id: string) => peopleAhead(state, config, state.tickets.find((t) => t.id === id)!, at('08:10'))

  it('counts the waiting tickets of the same service called before it', () => {
    expect([ahead('P1'), ahead('N1'), ahead('N2')]).toEqual([0, 1, 2])
    expect(ahead('B1')).toBe(0)
    expect(ahead('done')).toBe(0)
  })

  it('places a ticket of a slot to come as the order will stand when its slot starts', () => {
    // At 08:30: P1, F2 (priority), then N1, N2, F1.
    expect(ahead('F2')).toBe(1)
    expect(ahead('F1')).toBe(4)
  })

  it('lists the next numbers for displays', () => {
    expect(nextNumbers(state, config, 'A', at('08:10'), 2)).toEqual(['A003', 'A001'])
    expect(nextNumbers(state, config, 'A', at('08:30'), 10)).toEqual(['A003', 'A005', 'A001', 'A002', 'A004'])
    expect(nextNumbers(state, config, 'B', at('08:10'), 0)).toEqual([])
  })
})
