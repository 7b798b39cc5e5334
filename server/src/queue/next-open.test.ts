import { describe, expect, it } from 'vitest'
import { at, deepFreeze, demoConfig, smallConfig } from '../../../test/fixtures/queue-builders.ts'
import { nextOpen, nextWorkingDay } from './next-open.ts'

// The demo office: Monday–Friday 07:30–11:30 and 13:30–17:00, Saturday 07:30–11:30, closed on Sunday
// and on the holidays of config/office.json. 2026-11-25 is a Wednesday.
describe('nextOpen', () => {
  const demo = deepFreeze(demoConfig())

  it('is the morning period before the office opens', () => {
    expect(nextOpen(demo, at('06:00'))).toEqual({ date: '2026-11-25', start: '07:30' })
  })

  it('is the afternoon during the morning and the lunch break', () => {
    expect(nextOpen(demo, at('09:05'))).toEqual({ date: '2026-11-25', start: '13:30' })
    expect(nextOpen(demo, at('12:00'))).toEqual({ date: '2026-11-25', start: '13:30' })
    expect(nextOpen(demo, at('13:29:59'))).toEqual({ date: '2026-11-25', start: '13:30' })
  })

  it('does not count a period that has just started', () => {
    expect(nextOpen(demo, at('13:30'))).toEqual({ date: '2026-11-26', start: '07:30' })
  })

  it('is the next morning in the afternoon and in the evening', () => {
    expect(nextOpen(demo, at('15:00'))).toEqual({ date: '2026-11-26', start: '07:30' })
    expect(nextOpen(demo, at('20:00'))).toEqual({ date: '2026-11-26', start: '07:30' })
    expect(nextOpen(demo, at('23:59:59'))).toEqual({ date: '2026-11-26', start: '07:30' })
  })

  it('is Saturday morning on a Friday evening, since the demo office opens on Saturday', () => {
    expect(nextOpen(demo, at('18:00', '2026-11-27'))).toEqual({ date: '2026-11-28', start: '07:30' })
  })

  it('is Monday after Saturday noon and on Sunday', () => {
    expect(nextOpen(demo, at('12:00', '2026-11-28'))).toEqual({ date: '2026-11-30', start: '07:30' })
    expect(nextOpen(demo, at('10:00', '2026-11-29'))).toEqual({ date: '2026-11-30', start: '07:30' })
  })

  it('is Monday on a Friday evening in an office closed on Saturday', () => {
    const weekdays = [{ start: '08:00', end: '11:00' }]
    const office = smallConfig({
      openingHours: { mon: weekdays, tue: weekdays, wed: weekdays, thu: weekdays, fri: weekdays, sat: [], sun: [] },
    })
    expect(nextOpen(office, at('18:00', '2026-11-27'))).toEqual({ date: '2026-11-30', start: '08:00' })
  })

  it('skips holidays: the day before Quốc khánh, and on the holiday itself', () => {
    // 2026-09-01 (Tuesday) and 2026-09-02 (Wednesday) are holidays.
    expect(nextOpen(demo, at('17:30', '2026-08-31'))).toEqual({ date: '2026-09-03', start: '07:30' })
    expect(nextOpen(demo, at('09:00', '2026-09-01'))).toEqual({ date: '2026-09-03', start: '07:30' })
  })

  it('skips Tết and the weekend around it', () => {
    // Holidays 2026-02-16 … 2026-02-20 (Monday–Friday), Sunday 02-15 closed, Saturday 02-21 open.
    expect(nextOpen(demo, at('12:00', '2026-02-14'))).toEqual({ date: '2026-02-21', start: '07:30' })
  })

  it('steps through a day of three periods', () => {
    const periods = [
      { start: '07:00', end: '09:00' },
      { start: '10:00', end: '12:00' },
      { start: '14:00', end: '16:00' },
    ]
    const office = smallConfig({ openingHours: { mon: [], tue: [], wed: periods, thu: [], fri: [], sat: [], sun: [] } })
    expect(nextOpen(office, at('09:30'))).toEqual({ date: '2026-11-25', start: '10:00' })
    expect(nextOpen(office, at('12:30'))).toEqual({ date: '2026-11-25', start: '14:00' })
    expect(nextOpen(office, at('16:30'))).toEqual({ date: '2026-12-02', start: '07:00' })
  })

  it('reads wall time in the office time zone', () => {
    // 20:00 in Viet Nam is 22:00 in Tokyo: the Wednesday period there has ended too.
    const tokyo = smallConfig({ office: { name: 'Văn phòng Tokyo', timeZone: 'Asia/Tokyo' } })
    expect(nextOpen(tokyo, at('05:30'))).toEqual({ date: '2026-11-25', start: '08:00' })
    expect(nextOpen(tokyo, at('06:30'))).toEqual({ date: '2026-12-02', start: '08:00' })
  })

  it('is null when nothing opens within the search window', () => {
    const closed = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] }
    expect(nextOpen(smallConfig({ openingHours: closed }), at('09:00'))).toBeNull()
    // Open only on Wednesdays, but every Wednesday of the next five weeks is a holiday.
    const dates = ['2026-11-25', '2026-12-02', '2026-12-09', '2026-12-16', '2026-12-23', '2026-12-30']
    const holidays = dates.map((date) => ({ date, name: 'Nghỉ' }))
    expect(nextOpen(smallConfig({ holidays }), at('06:00', '2026-11-24'))).toBeNull()
  })
})

describe('nextWorkingDay', () => {
  const demo = deepFreeze(demoConfig())

  it('is the first opening after today, whatever the time', () => {
    expect(nextWorkingDay(demo, at('06:00'))).toEqual({ date: '2026-11-26', start: '07:30' })
    expect(nextWorkingDay(demo, at('12:00'))).toEqual({ date: '2026-11-26', start: '07:30' })
    expect(nextWorkingDay(demo, at('09:00', '2026-11-27'))).toEqual({ date: '2026-11-28', start: '07:30' })
    expect(nextWorkingDay(demo, at('09:00', '2026-08-31'))).toEqual({ date: '2026-09-03', start: '07:30' })
  })
})
