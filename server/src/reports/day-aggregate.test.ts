import { describe, expect, it } from 'vitest'
import { at } from '../../../test/fixtures/queue-builders.ts'
import { aggregateDay } from './day-aggregate.ts'
import { config, DAY, events, tickets } from './hand-made-day.fixture.ts'

describe('aggregateDay', () => {
  const day = aggregateDay(config, DAY, tickets, events)

  it('keeps ms times after local midnight and no ids', () => {
    expect(day.dayStart).toBe(at('00:00'))
    expect(day.tickets.number).toEqual(['A001', 'A002', 'A003', 'B001', 'A004'])
    expect(day.tickets.issued[0]).toBe(8 * 3_600_000 + 2 * 60_000)
    expect(day.tickets.firstCall).toEqual([8 * 60 + 10, 8 * 60 + 25, 8 * 60 + 12, 8 * 60 + 20, -1].map((m) => (m < 0 ? -1 : m * 60_000)))
    expect(day.tickets.serviceTime).toEqual([12, 6, -1, 10, -1].map((m) => (m < 0 ? -1 : m * 60_000)))
    expect(day.tickets.outOfOrderCalls).toEqual([0, 1, 0, 0, 0])
    expect(day.tickets.transfers).toEqual([0, 0, 0, 2, 0])
    expect(JSON.stringify(day)).not.toContain('000.00.12.H26')
  })

  it('measures counter time from events: pauses and the hours outside opening excluded', () => {
    const [one, two] = day.counterTime
    expect(one).toMatchObject({ counterId: '1', staffIds: ['canbo1'], openMs: 100 * 60_000, busyMs: 20 * 60_000 })
    expect(one?.pauses).toEqual([{ reason: 'Họp giao ban', count: 1, ms: 20 * 60_000 }])
    expect(two).toMatchObject({ counterId: '2', openMs: 120 * 60_000, busyMs: 17 * 60_000, pauses: [] })
  })

  it('finds the longest queue of each hour, waiting from the slot start, again after each transfer', () => {
    // 08:07–08:10: t1, t3, t4 and t5 wait; t2 (slot 08:30) was called before its slot and never queued.
    expect(day.queue.office[8]).toBe(4)
    expect(day.queue.office[9]).toBe(1) // t5 until closing
    expect(day.queue.office[10]).toBe(0)
    expect(day.queue.byService.B?.[8]).toBe(1)
  })

  it('summarises a day with no tickets and no events', () => {
    const empty = aggregateDay(config, DAY, [], [])
    expect(empty.tickets.number).toEqual([])
    expect(empty.counterTime).toEqual([])
    expect(empty.queue.office.every((n) => n === 0)).toBe(true)
  })
})
