import { useEffect, useState } from 'react'

/** Server time in ms (device time + offset), ticking every `everyMs`. */
export const useServerClock = (offsetMs: number, everyMs = 1000): number => {
  const [now, setNow] = useState(() => Date.now() + offsetMs)
  useEffect(() => {
    setNow(Date.now() + offsetMs)
    const timer = setInterval(() => setNow(Date.now() + offsetMs), everyMs)
    return () => clearInterval(timer)
  }, [offsetMs, everyMs])
  return now
}

/** HH:MM (or HH:MM:SS) in the office's time zone. */
export const formatTime = (ms: number | string, timeZone: string, locale: string, withSeconds = false): string =>
  new Intl.DateTimeFormat(locale, {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    ...(withSeconds ? { second: '2-digit' } : {}),
    hourCycle: 'h23',
  }).format(typeof ms === 'number' ? ms : Date.parse(ms))

export const formatDate = (ms: number, timeZone: string, locale: string): string =>
  new Intl.DateTimeFormat(locale, { timeZone, weekday: 'long', day: '2-digit', month: '2-digit', year: 'numeric' }).format(ms)
