import type { OfficeConfig } from '../config/schema.ts'
import { addDays, instantOf, localDate } from './office-time.ts'
import { openingPeriods } from './slots.ts'

/** Where an opening period starts: a date and an HH:MM, in the office's time zone. */
export interface OpeningStart {
  date: string
  start: string
}

/**
 * How many days ahead to look. Longer than any run of closed days an office has (Tết with its weekends
 * is about nine); a config with no opening hours at all answers null rather than searching forever.
 */
export const SEARCH_DAYS = 30

function firstStart(
  config: OfficeConfig,
  fromDate: string,
  isAfter: (date: string, start: string) => boolean,
): OpeningStart | null {
  for (let i = 0; i <= SEARCH_DAYS; i += 1) {
    const date = addDays(fromDate, i)
    // The config schema keeps each day's periods in order, so the first one after is the earliest.
    const period = openingPeriods(config, date).find((p) => isAfter(date, p.start))
    if (period) return { date, start: period.start }
  }
  return null
}

/**
 * When the office next opens after `now`: the next opening period that starts later today (the
 * afternoon during the lunch break), else the first period of the next day that is not a holiday and
 * has opening hours. A period that has already started does not count: the kiosk asks this only to
 * tell a citizen when to come back.
 */
export function nextOpen(config: OfficeConfig, now: number): OpeningStart | null {
  const tz = config.office.timeZone
  return firstStart(config, localDate(now, tz), (date, start) => instantOf(date, start, tz) > now)
}

/** The first opening of the next working day after today, for "no place left today, come back on …". */
export function nextWorkingDay(config: OfficeConfig, now: number): OpeningStart | null {
  const tomorrow = addDays(localDate(now, config.office.timeZone), 1)
  return firstStart(config, tomorrow, () => true)
}
