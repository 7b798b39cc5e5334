import { officeTime } from '../clock.ts'
import { WEEKDAY_KEYS } from '../format.ts'
import { useServerNow } from '../hooks/use-server-now.ts'
import { useT } from '../hooks/use-t.ts'

/** The office's clock from server time, in the office's time zone. */
export function Clock({ timeZone }: { timeZone: string }) {
  const t = useT()
  const now = officeTime(useServerNow(), timeZone)
  const weekday = t(WEEKDAY_KEYS[now.weekday] ?? 'weekday.0')
  return (
    <div className="clock">
      <div className="clock__time" data-testid="clock">
        {now.hhmm}
      </div>
      <div className="clock__date">{t('clock.date', { weekday, day: now.day, month: now.month, year: now.year })}</div>
    </div>
  )
}
