export interface OfficeTime {
  year: string
  month: string
  day: string
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number
  hhmm: string
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    // en-US only to get stable parts; the words come from the catalogs.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'short',
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

/** The office's wall time at an instant, in the office's time zone (not the device's). */
export function officeTime(epochMs: number, timeZone: string): OfficeTime {
  const parts: Record<string, string> = {}
  for (const part of formatterFor(timeZone).formatToParts(epochMs)) parts[part.type] = part.value
  return {
    year: parts.year ?? '',
    month: parts.month ?? '',
    day: parts.day ?? '',
    weekday: Math.max(0, WEEKDAYS.indexOf(parts.weekday ?? '')),
    hhmm: `${parts.hour ?? '00'}:${parts.minute ?? '00'}`,
  }
}

/** Offset of the server clock, assuming the answer was made halfway through the round trip. */
export function clockOffset(serverIso: string, sentAtMs: number, receivedAtMs: number): number | null {
  const server = Date.parse(serverIso)
  if (Number.isNaN(server)) return null
  return server - (sentAtMs + receivedAtMs) / 2
}

function utcDay(date: string): Date {
  const [y = NaN, m = NaN, d = NaN] = date.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d))
}

/** Weekday (0 = Sunday) of a YYYY-MM-DD date: a calendar fact, the same in every time zone. */
export function weekdayOfDate(date: string): number {
  return utcDay(date).getUTCDay()
}

/** The YYYY-MM-DD date after `date`. */
export function dayAfter(date: string): string {
  const next = utcDay(date)
  next.setUTCDate(next.getUTCDate() + 1)
  return next.toISOString().slice(0, 10)
}
