import { describe, expect, it } from 'vitest'
import type { OfficeView } from '@luot/server/contract'
import { officePhase } from './office-phase.ts'

// The kiosk's start screen places the server clock among the periods the server gave.

const WEDNESDAY = '2026-11-25'
const at = (hhmm: string, date = WEDNESDAY) => Date.parse(`${date}T${hhmm}:00+07:00`)

function office(overrides: Partial<OfficeView> = {}): OfficeView {
  return {
    name: 'Văn phòng thử',
    unit: '',
    timeZone: 'Asia/Ho_Chi_Minh',
    now: `${WEDNESDAY}T09:00:00+07:00`,
    today: {
      date: WEDNESDAY,
      open: true,
      periods: [
        { start: '07:30', end: '11:30' },
        { start: '13:30', end: '17:00' },
      ],
    },
    nextOpen: { date: WEDNESDAY, start: '13:30' },
    nextWorkingDay: { date: '2026-11-26', start: '07:30' },
    priorityClasses: [],
    kiosks: [],
    ratingReasons: [],
    voiceBaseUrl: '/voice/',
    publicBaseUrl: 'http://192.168.1.10:3000',
    ...overrides,
  }
}

describe('officePhase', () => {
  it('is open inside a period, up to its last minute', () => {
    expect(officePhase(office(), at('07:30')).phase).toEqual({ name: 'open' })
    expect(officePhase(office(), at('11:29')).phase).toEqual({ name: 'open' })
    expect(officePhase(office(), at('16:59')).phase).toEqual({ name: 'open' })
  })

  it('is before opening in the early morning, and the lunch break between the periods', () => {
    expect(officePhase(office(), at('06:45')).phase).toEqual({ name: 'beforeOpening', start: '07:30' })
    expect(officePhase(office(), at('11:30')).phase).toEqual({ name: 'break', start: '13:30', isLunch: true })
    expect(officePhase(office(), at('12:00')).isStale).toBe(false)
  })

  it('calls a mid-morning break a break, not lunch', () => {
    const periods = [
      { start: '07:00', end: '09:00' },
      { start: '09:30', end: '11:00' },
    ]
    const shifts = office({ today: { date: WEDNESDAY, open: false, periods } })
    expect(officePhase(shifts, at('09:10')).phase).toEqual({ name: 'break', start: '09:30', isLunch: false })
  })

  it('is closed after the last period, until the next opening the server gave', () => {
    const evening = office({ nextOpen: { date: '2026-11-26', start: '07:30' } })
    expect(officePhase(evening, at('17:00'))).toEqual({
      phase: { name: 'closed', isDayOff: false, reopen: { date: '2026-11-26', start: '07:30' } },
      isStale: false,
    })
  })

  it('is a day off with no periods today', () => {
    const sunday = office({
      today: { date: '2026-11-29', open: false, periods: [] },
      nextOpen: { date: '2026-11-30', start: '07:30' },
    })
    expect(officePhase(sunday, at('10:00', '2026-11-29')).phase).toEqual({
      name: 'closed',
      isDayOff: true,
      reopen: { date: '2026-11-30', start: '07:30' },
    })
  })

  it('asks for a reload once the answer is out of date, and never shows a reopening in the past', () => {
    // Loaded on Wednesday evening, shown past midnight: still closed until 07:30, but reload.
    const evening = office({ nextOpen: { date: '2026-11-26', start: '07:30' } })
    expect(officePhase(evening, at('00:05', '2026-11-26'))).toEqual({
      phase: { name: 'closed', isDayOff: false, reopen: { date: '2026-11-26', start: '07:30' } },
      isStale: true,
    })
    // Still not reloaded after the reopening: no stale date on screen.
    expect(officePhase(evening, at('08:00', '2026-11-26'))).toEqual({
      phase: { name: 'closed', isDayOff: false, reopen: null },
      isStale: true,
    })
  })

  it('reads the clock in the office time zone, not the device one', () => {
    // 01:00 UTC is 08:00 in Viet Nam: open.
    expect(officePhase(office(), Date.parse(`${WEDNESDAY}T01:00:00Z`)).phase).toEqual({ name: 'open' })
  })
})
