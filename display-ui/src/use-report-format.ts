import { useMemo } from 'react'
import type { DurationStats } from '@luot/server/contract'
import { localeOf, useLang, useT } from './i18n.ts'

export interface ReportFormat {
  count: (n: number) => string
  /** To 0.1, e.g. tickets per day. */
  decimal: (n: number) => string
  /** Minutes to 0.1 as the API gives them; null (nothing to measure) shows the empty mark. */
  minutes: (m: number | null) => string
  percent: (p: number | null) => string
  /** One figure of a DurationStats; with count 0 there is nothing measured, so the empty mark, never "0 phút". */
  stat: (s: DurationStats, key: StatKey) => string
  /** The same as a bare number, for paper tables whose caption gives the unit. */
  statBare: (s: DurationStats, key: StatKey) => string
  /** Long spans such as a counter's open time, given in minutes, read as hours to 0.1. */
  hours: (minutes: number) => string
  /** YYYY-MM-DD as the reader writes dates (25/11/2026). */
  date: (ymd: string) => string
  /** An instant's clock time in the office's time zone. */
  time: (iso: string, timeZone: string) => string
}

export type StatKey = 'mean' | 'median' | 'p90' | 'max'

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
      stat: (s, key) => (s.count ? t('reports.minutes', { value: tenth.format(s[key]) }) : none),
      statBare: (s, key) => (s.count ? tenth.format(s[key]) : none),
      hours: (m) => t('reports.hours', { value: tenth.format(m / 60) }),
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
