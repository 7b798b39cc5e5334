import { useLang, localeOf } from '../i18n.ts'
import { formatDate, formatTime, useServerClock } from '../use-server-clock.ts'

interface Props {
  offsetMs: number
  timeZone: string
  showDate?: boolean
  className?: string
}

/** The office clock: server time, never the device's own clock. */
export const ServerClock = ({ offsetMs, timeZone, showDate = false, className = 'clock' }: Props) => {
  const now = useServerClock(offsetMs)
  const locale = localeOf(useLang())
  return (
    <div className={className} data-testid="clock">
      <time className={`${className}__time`}>{formatTime(now, timeZone, locale)}</time>
      {showDate && <span className={`${className}__date`}>{formatDate(now, timeZone, locale)}</span>}
    </div>
  )
}
