import type { Weekday } from '../config/schema.ts'

// Office time zone maths. Everything goes through Intl with the configured zone, so no rule assumes a
// fixed UTC offset (Viet Nam has none today, but an office config may name any zone, DST included).

interface WallClock {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

const MINUTE = 60_000
const DAY = 86_400_000
const WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']

// Building a DateTimeFormat is slow; the queue rules ask for the same zone thousands of times.
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(tz: string): Intl.DateTimeFormat {
  const cached = formatters.get(tz)
  if (cached) return cached
  const made = new Intl.DateTimeFormat('en-US', {
    timeZone: tz,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  })
  formatters.set(tz, made)
  return made
}

function wallClock(ms: number, tz: string): WallClock {
  const wall: WallClock = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 }
  for (const part of formatterFor(tz).formatToParts(ms)) {
    if (part.type in wall) wall[part.type as keyof WallClock] = Number(part.value)
  }
  return wall
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0')
const mod = (a: number, b: number) => ((a % b) + b) % b

function parseDate(date: string): [number, number, number] {
  const [y = NaN, m = NaN, d = NaN] = date.split('-').map(Number)
  return [y, m, d]
}

/** HH:MM → minutes after midnight. */
export function minutesOf(hhmm: string): number {
  const [h = NaN, m = NaN] = hhmm.split(':').map(Number)
  return h * 60 + m
}

/** Minutes after midnight → HH:MM. */
export function hhmmOf(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`
}

/** Minutes from wall time `a` to wall time `b` (both HH:MM of the same day). */
export function minutesBetween(a: string, b: string): number {
  return minutesOf(b) - minutesOf(a)
}

export function localDate(ms: number, tz: string): string {
  const w = wallClock(ms, tz)
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`
}

export function localTime(ms: number, tz: string): string {
  const w = wallClock(ms, tz)
  return `${pad(w.hour)}:${pad(w.minute)}`
}

/** The zone's offset from UTC at that instant, in ms (positive east of Greenwich). */
export function offsetAt(ms: number, tz: string): number {
  const w = wallClock(ms, tz)
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second)
  return asUtc - Math.floor(ms / 1000) * 1000
}

export function weekdayOf(date: string): Weekday {
  const [y, m, d] = parseDate(date)
  // 1970-01-01 was a Thursday (index 4).
  return WEEKDAYS[mod(Math.floor(Date.UTC(y, m - 1, d) / DAY) + 4, 7)] ?? 'sun'
}

export function addDays(date: string, n: number): string {
  const [y, m, d] = parseDate(date)
  return localDate(Date.UTC(y, m - 1, d + n), 'UTC')
}

// The call order asks for the same few slot starts on every call; Intl is the cost of each rule.
const instants = new Map<string, number>()
const MAX_CACHED = 10_000

/** Epoch ms of wall time `hhmm` on `date` in `tz`. */
export function instantOf(date: string, hhmm: string, tz: string): number {
  const key = `${tz} ${date} ${hhmm}`
  const cached = instants.get(key)
  if (cached !== undefined) return cached
  const [y, m, d] = parseDate(date)
  const asUtc = Date.UTC(y, m - 1, d) + minutesOf(hhmm) * MINUTE
  // The offset depends on the instant we are looking for; the second pass settles it across a DST change.
  const first = asUtc - offsetAt(asUtc, tz)
  const found = asUtc - offsetAt(first, tz)
  if (instants.size >= MAX_CACHED) instants.clear()
  instants.set(key, found)
  return found
}

/** "2026-11-25T16:10:08+07:00": what the contract's JSON carries. */
export function toIsoOffset(ms: number, tz: string): string {
  const w = wallClock(ms, tz)
  const offsetMinutes = Math.round(offsetAt(ms, tz) / MINUTE)
  const sign = offsetMinutes < 0 ? '-' : '+'
  const date = `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`
  const time = `${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`
  return `${date}T${time}${sign}${pad(Math.floor(Math.abs(offsetMinutes) / 60))}:${pad(Math.abs(offsetMinutes) % 60)}`
}
