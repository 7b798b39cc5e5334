import { describe, expect, it } from 'vitest'
import {
  addDays,
  hhmmOf,
  instantOf,
  localDate,
  localTime,
  minutesBetween,
  minutesOf,
  toIsoOffset,
  weekdayOf,
} from './office-time.ts'

const VN = 'Asia/Ho_Chi_Minh'

describe('office time', () => {
  it('reads date and wall time in the office zone, not UTC', () => {
    // 2026-11-25T17:30Z is 00:30 on the 26th in Viet Nam.
    const ms = Date.parse('2026-11-25T17:30:00Z')
    expect(localDate(ms, VN)).toBe('2026-11-26')
    expect(localTime(ms, VN)).toBe('00:30')
    expect(localDate(ms, 'UTC')).toBe('2026-11-25')
  })

  it('gives midnight as 00, never 24', () => {
    expect(localTime(Date.parse('2026-11-25T17:00:00Z'), VN)).toBe('00:00')
  })

  it('formats ISO with the offset and whole seconds', () => {
    expect(toIsoOffset(Date.parse('2026-11-25T09:10:08.512Z'), VN)).toBe('2026-11-25T16:10:08+07:00')
    expect(toIsoOffset(Date.parse('2026-11-25T09:10:08Z'), 'UTC')).toBe('2026-11-25T09:10:08+00:00')
    expect(toIsoOffset(Date.parse('2026-11-25T09:10:00Z'), 'America/St_Johns')).toBe('2026-11-25T05:40:00-03:30')
  })

  it('finds the instant of a wall time', () => {
    expect(instantOf('2026-11-25', '07:30', VN)).toBe(Date.parse('2026-11-25T00:30:00Z'))
    expect(instantOf('2026-11-25', '00:15', VN)).toBe(Date.parse('2026-11-24T17:15:00Z'))
  })

  it('follows summer time where the zone has it', () => {
    expect(instantOf('2026-07-01', '12:00', 'Europe/Berlin')).toBe(Date.parse('2026-07-01T10:00:00Z'))
    expect(instantOf('2026-12-01', '12:00', 'Europe/Berlin')).toBe(Date.parse('2026-12-01T11:00:00Z'))
    // The day clocks go forward (29 March 2026, 02:00 → 03:00).
    expect(instantOf('2026-03-29', '08:00', 'Europe/Berlin')).toBe(Date.parse('2026-03-29T06:00:00Z'))
    expect(toIsoOffset(Date.parse('2026-03-29T06:00:00Z'), 'Europe/Berlin')).toBe('2026-03-29T08:00:00+02:00')
  })

  it('names weekdays', () => {
    expect(weekdayOf('2026-11-25')).toBe('wed')
    expect(weekdayOf('2026-11-29')).toBe('sun')
    expect(weekdayOf('2026-11-28')).toBe('sat')
    expect(weekdayOf('1969-12-31')).toBe('wed')
  })

  it('adds days across months and years', () => {
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29')
  })

  it('counts minutes between wall times', () => {
    expect(minutesBetween('07:30', '11:30')).toBe(240)
    expect(minutesBetween('13:30', '11:30')).toBe(-120)
    expect(minutesOf('16:45')).toBe(1005)
    expect(hhmmOf(1005)).toBe('16:45')
    expect(hhmmOf(0)).toBe('00:00')
  })
})
