import { useMemo } from 'react'
import { localeOf, useLang, useT } from './i18n.ts'

export interface ReportFormat {
  count: (n: number) => string
  /** To 0.1, e.g. tickets per day. */
  decimal: (n: number) => string
  /** Minutes to 0.1 as the API gives them; null (nothing to measure) shows the empty mark. */
  minutes: (m: number | null) => string
  percent: (p: number | null) => string
  /** YYYY-MM-DD as the reader writes dates (25/11/2026). */
  date: (ymd: string) => string
  /** An instant's clock time in the office's time zone. */
  time: (iso: string, timeZone: string) => string
}

/** Numbers, dates and times in the page's language (Vietnamese: 14,5 phút; 25/11/2026). */
export const useReportFormat = (): ReportFormat => {
  const t = useT()
  const lang = useLang()
  return useMemo(() => {
    const locale = localeOf(lang)
    const whole = new Intl.NumberFormat(locale)
    const tenth = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 })
    const day = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' })
    const none = t('common.noValue')
    return {
      count: (n) => whole.format(n),
      decimal: (n) => tenth.format(n),
      minutes: (m) => (m === null ? none : t('reports.minutes', { value: tenth.format(m) })),
      percent: (p) => (p === null ? none : t('reports.percent', { value: tenth.format(p) })),
      date: (ymd) => {
        const ms = Date.parse(`${ymd}T00:00:00Z`)
        return Number.isFinite(ms) ? day.format(ms) : ymd
      },
      time: (iso, timeZone) => {
        const ms = Date.parse(iso)
        return Number.isFinite(ms)
          ? new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(ms)
          : iso
      },
    }
  }, [t, lang])
}
