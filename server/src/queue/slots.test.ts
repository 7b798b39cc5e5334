import { describe, expect, it } from 'vitest'
import { aState, aTicket, at, codeOf, deepFreeze, demoConfig, smallConfig } from '../../../test/fixtures/queue-builders.ts'
import { currentSlot, openingPeriods, remainingSlots, slotAvailability, slotsOfDay } from './slots.ts'

describe('opening periods and slots', () => {
  const demo = demoConfig()

  it('gives the periods of a weekday', () => {
    expect(openingPeriods(demo, '2026-11-25')).toEqual([
      { start: '07:30', end: '11:30' },
      { start: '13:30', end: '17:00' },
    ])
    expect(openingPeriods(demo, '2026-11-28')).toEqual([{ start: '07:30', end: '11:30' }])
  })

  it('is closed on Sunday and on holidays', () => {
    expect(openingPeriods(demo, '2026-11-29')).toEqual([])
    expect(openingPeriods(demo, '2026-09-02')).toEqual([]) // Quốc khánh, a Wednesday
    expect(slotsOfDay(demo, '2026-09-02')).toEqual([])
  })

  it('cuts the day into 30-minute slots inside each period', () => {
    const slots = slotsOfDay(demo, '2026-11-25')
    // 07:30–11:30 is 8 slots, 13:30–17:00 is 7.
    expect(slots).toHaveLength(15)
    expect(slots[0]).toEqual({ start: '07:30', end: '08:00' })
    expect(slots[7]).toEqual({ start: '11:00', end: '11:30' })
    expect(slots[8]).toEqual({ start: '13:30', end: '14:00' })
    expect(slots[14]).toEqual({ start: '16:30', end: '17:00' })
  })

  it('ends a period that does not divide evenly on a short slot', () => {
    const config = smallConfig({
      openingHours: { mon: [], tue: [], wed: [{ start: '08:00', end: '09:45' }], thu: [], fri: [], sat: [], sun: [] },
    })
    expect(slotsOfDay(config, '2026-11-25').map((s) => `${s.start}-${s.end}`)).toEqual([
      '08:00-08:30',
      '08:30-09:00',
      '09:00-09:30',
      '09:30-09:45',
    ])
  })

  it('knows the current slot and the ones left', () => {
    expect(currentSlot(demo, '2026-11-25', at('08:10'))).toEqual({ start: '08:00', end: '08:30' })
    expect(currentSlot(demo, '2026-11-25', at('08:30'))).toEqual({ start: '08:30', end: '09:00' })
    expect(currentSlot(demo, '2026-11-25', at('12:00'))).toBeNull()
    expect(remainingSlots(demo, '2026-11-25', at('16:29'))).toEqual([{ start: '16:00', end: '16:30' }, { start: '16:30', end: '17:00' }])
    expect(remainingSlots(demo, '2026-11-25', at('17:00'))).toEqual([])
  })
})

describe('slotAvailability', () => {
  const config = smallConfig()

  it('counts issued tickets by the service first asked for, without cancelled ones', () => {
    const state = deepFreeze(
      aState(config, {
        tickets: [
          aTicket({ slotStart: '08:30', slotEnd: '09:00' }),
          aTicket({ slotStart: '08:30', slotEnd: '09:00', status: 'done' }),
          aTicket({ slotStart: '08:30', slotEnd: '09:00', status: 'cancelled' }),
          // Transferred from A to B: still holds its place in A's slot.
          aTicket({ slotStart: '08:30', slotEnd: '09:00', serviceId: 'B', originalServiceId: 'A' }),
          aTicket({ slotStart: '09:00', slotEnd: '09:30', serviceId: 'B' }),
        ],
      }),
    )
    expect(slotAvailability(config, state, 'A', '2026-11-25', at('08:10'))).toEqual([
      { start: '08:00', end: '08:30', capacity: 3, remaining: 3 },
      { start: '08:30', end: '09:00', capacity: 3, remaining: 0 },
      { start: '09:00', end: '09:30', capacity: 3, remaining: 3 },
      { start: '09:30', end: '10:00', capacity: 3, remaining: 3 },
    ])
    expect(slotAvailability(config, state, 'B', '2026-11-25', at('08:10')).map((s) => s.remaining)).toEqual([2, 2, 1, 2])
  })

  it('shows ended slots with nothing left', () => {
    const state = aState(config)
    expect(slotAvailability(config, state, 'A', '2026-11-25', at('09:00')).map((s) => s.remaining)).toEqual([0, 0, 3, 3])
  })

  it('shows another day with nothing issued yet', () => {
    const state = aState(config, { tickets: [aTicket({ slotStart: '08:30' })] })
    const nextWeek = slotAvailability(config, state, 'A', '2026-12-02', at('08:10'))
    expect(nextWeek.map((s) => s.remaining)).toEqual([3, 3, 3, 3])
    expect(slotAvailability(config, state, 'A', '2026-11-26', at('08:10'))).toEqual([])
  })

  it('refuses an unknown service', () => {
    expect(codeOf(() => slotAvailability(config, aState(config), 'NOPE', '2026-11-25', at('08:00')))).toBe('UNKNOWN_SERVICE')
  })
})
