import type { PriorityClass } from '../contract/index.ts'
import type { OfficeConfig } from '../config/schema.ts'
import { instantOf, weekdayOf } from '../queue/office-time.ts'
import { openingPeriods } from '../queue/slots.ts'
import type { Prng } from './prng.ts'

// What a plausible one-stop hall looks like: who comes when, for what, and how often things go wrong.
// Rough shapes from ward-level centres: a mid-morning peak, a smaller early-afternoon one, busy Mondays,
// half-day Saturdays, a rush in the weeks before Tết.

const MINUTE = 60_000

export interface Arrival {
  at: number
  serviceId: string
  priority: PriorityClass | null
  /** Books a later slot of today (the kiosk offers them) instead of the current one. */
  slotsAhead: number
  kioskId: string
}

/**
 * Share of tickets per service of the demo office, balanced to its counters (1–2 land, 3–4 civil status
 * and certification, 5–6 business and social affairs); other offices' services share equally.
 */
const SERVICE_MIX: Record<string, number> = { CHUNGTHUC: 26, HOTICH: 22, DATDAI: 18, LDTBXH: 16, KINHDOANH: 13, XAYDUNG: 5 }
const PRIORITY_MIX: [PriorityClass | null, number][] = [[null, 91], ['elderly', 4.5], ['child', 1.5], ['pregnant', 1], ['disability', 1], ['merit', 1]]
const WEEKDAY_LOAD: Record<string, number> = { mon: 1.15, tue: 1, wed: 1, thu: 0.95, fri: 0.9, sat: 1, sun: 1 }
/** Month load: the weeks before Tết (Dec–Jan) are the busiest, the summer holidays the quietest. */
const MONTH_LOAD = [1.15, 0.95, 1.05, 1, 1, 0.95, 0.9, 0.9, 1, 1, 1.05, 1.15]

const gauss = (x: number, mu: number, sigma: number) => Math.exp(-((x - mu) ** 2) / (2 * sigma * sigma))

/** Relative arrival rate at minute-of-day `m`: peaks about 09:30 and 14:30, a trickle before opening. */
function rate(m: number): number {
  return 0.25 + gauss(m, 9.5 * 60, 55) + 0.7 * gauss(m, 14.5 * 60, 50)
}

function arrivalMinutes(periods: readonly { start: string; end: string }[]): { minutes: number[]; weights: number[]; total: number } {
  const minutes: number[] = []
  const weights: number[] = []
  for (const [i, p] of periods.entries()) {
    // Citizens queue at the door a little before each period; the kiosk gives them the first slot.
    const from = minuteOf(p.start) - (i === 0 ? 20 : 15)
    for (let m = from; m < minuteOf(p.end) - 10; m++) {
      minutes.push(m)
      weights.push(rate(m))
    }
  }
  return { minutes, weights, total: weights.reduce((a, b) => a + b, 0) }
}

const minuteOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3))

/** The day's arrivals in time order; `perDay` is the mean for a Tuesday of the office's hours. */
export function arrivalsOf(config: OfficeConfig, date: string, perDay: number, rng: Prng): Arrival[] {
  const tz = config.office.timeZone
  const { minutes, weights, total } = arrivalMinutes(openingPeriods(config, date))
  if (minutes.length === 0) return []
  const tuesday = arrivalMinutes(config.openingHours.tue).total || total
  const load = WEEKDAY_LOAD[weekdayOf(date)] ?? 1
  const month = MONTH_LOAD[Number(date.slice(5, 7)) - 1] ?? 1
  const mean = ((perDay * total) / tuesday) * load * month * rng.logNormal(1, 0.08)
  const services = config.services.map((s): [string, number] => [s.id, SERVICE_MIX[s.id] ?? 10])
  const priorities = PRIORITY_MIX.filter(([p]) => p === null || config.priority.classes.includes(p))
  const out: Arrival[] = []
  for (let k = Math.round(mean); k > 0; k--) {
    let r = rng.next() * total
    let i = 0
    while (i < weights.length - 1 && (r -= weights[i]!) >= 0) i++
    out.push({
      at: instantOf(date, '00:00', tz) + Math.floor((minutes[i]! + rng.next()) * MINUTE),
      serviceId: rng.weighted(services),
      priority: rng.weighted(priorities),
      slotsAhead: rng.chance(0.08) ? rng.int(1, 4) : 0,
      kioskId: rng.pick(config.kiosks).id,
    })
  }
  return out.sort((a, b) => a.at - b.at)
}

export const TRANSFER_REASONS = ['Sai lĩnh vực', 'Cần bộ phận chuyên môn giải quyết', 'Hồ sơ liên thông', undefined] as const
export const PAUSE_REASONS = ['Nghỉ giữa giờ', 'Họp giao ban', 'Hỗ trợ quầy khác', 'Sự cố máy tính', undefined] as const

/** Mostly good, worse after a long wait; score 1 always gives a reason, score 2 sometimes. */
export function ratingFor(config: OfficeConfig, waitMinutes: number, rng: Prng): { score: 1 | 2 | 3 | 4; reasons: string[] } {
  const isLong = waitMinutes > 30
  const score = rng.weighted<1 | 2 | 3 | 4>([[4, isLong ? 30 : 56], [3, isLong ? 38 : 33], [2, isLong ? 18 : 7.5], [1, isLong ? 14 : 3.5]])
  const pool = config.rating.reasons
  if (pool.length === 0 || score >= 3 || (score === 2 && rng.chance(0.5))) return { score, reasons: [] }
  const waitReason = pool.find((r) => /chờ/i.test(r))
  const first = isLong && waitReason !== undefined && rng.chance(0.7) ? waitReason : rng.pick(pool)
  const second = rng.chance(0.3) ? rng.pick(pool) : first
  return { score, reasons: [...new Set([first, second])] }
}
