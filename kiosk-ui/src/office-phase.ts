import type { OfficeView } from '@luot/server/contract'
import { officeTime } from './clock.ts'

export interface OpeningStart {
  date: string
  start: string
}

/**
 * Where the office stands right now, for the start screen. The server gives today's periods and when
 * it next opens; the kiosk only places the ticking server clock among them, so the screen turns from
 * open to the lunch break to closed on time without waiting for the next GET /api/office.
 *
 * - `open`: inside an opening period.
 * - `beforeOpening` / `break`: a period starts later today; tickets taken now are for it (the server
 *   issues the next slot with room).
 * - `closed`: nothing more today (a closed day, a holiday, or after the last period).
 */
export type OfficePhase =
  | { name: 'open' }
  | { name: 'beforeOpening'; start: string }
  | { name: 'break'; start: string; isLunch: boolean }
  | { name: 'closed'; isDayOff: boolean; reopen: OpeningStart | null }

export interface PhaseAt {
  phase: OfficePhase
  /** The office answer no longer describes today (past midnight, or its reopening has passed): reload it. */
  isStale: boolean
}

// A break whose next period starts from noon on is the lunch break, as offices call it.
const NOON = '12:00'

export function officePhase(office: OfficeView, nowMs: number): PhaseAt {
  const now = officeTime(nowMs, office.timeZone)
  const date = `${now.year}-${now.month}-${now.day}`
  const { periods } = office.today
  const isToday = date === office.today.date
  if (isToday) {
    if (periods.some((p) => p.start <= now.hhmm && now.hhmm < p.end)) return { phase: { name: 'open' }, isStale: false }
    const next = periods.find((p) => p.start > now.hhmm)
    if (next) {
      const hasOpenedToday = periods.some((p) => p.end <= now.hhmm)
      const phase: OfficePhase = hasOpenedToday
        ? { name: 'break', start: next.start, isLunch: next.start >= NOON }
        : { name: 'beforeOpening', start: next.start }
      return { phase, isStale: false }
    }
  }
  // Office wall times compare as strings: "2026-11-26 07:30" > "2026-11-25 20:00".
  const { nextOpen } = office
  const reopen = nextOpen && `${nextOpen.date} ${nextOpen.start}` > `${date} ${now.hhmm}` ? nextOpen : null
  return {
    phase: { name: 'closed', isDayOff: isToday && periods.length === 0, reopen },
    isStale: !isToday || (nextOpen !== null && reopen === null),
  }
}

