import type { SlotRef } from '@luot/server/contract'
import { dayAfter, weekdayOfDate } from './clock.ts'
import type { Lang, MessageKey, Translate } from './i18n.ts'

export const WEEKDAY_KEYS: readonly MessageKey[] = [
  'weekday.0',
  'weekday.1',
  'weekday.2',
  'weekday.3',
  'weekday.4',
  'weekday.5',
  'weekday.6',
]

/** The server's estimate, in the catalog's words; never recomputed here. */
export function formatWait(t: Translate, minutes: number): string {
  if (minutes <= 0) return t('wait.none')
  if (minutes < 60) return t('wait.minutes', { minutes })
  return t('wait.hours', { hours: Math.floor(minutes / 60), minutes: minutes % 60 })
}

export function formatSlot(t: Translate, slot: SlotRef): string {
  return t('slot.range', { start: slot.start, end: slot.end })
}

export function formatPeriods(t: Translate, periods: SlotRef[]): string {
  const list = periods.map((p) => t('hours.period', { start: p.start, end: p.end }))
  return t('hours.today', { periods: list.join(t('hours.separator')) })
}

/** "Thứ Năm, 26/11/2026" for a YYYY-MM-DD date, as the clock shows today. */
export function formatDate(t: Translate, date: string): string {
  const [year = '', month = '', day = ''] = date.split('-')
  const weekday = t(WEEKDAY_KEYS[weekdayOfDate(date)] ?? 'weekday.0')
  return t('clock.date', { weekday, day, month, year })
}

/** The day the office reopens, saying "tomorrow" when it is. */
export function formatReopenDay(t: Translate, date: string, today: string): string {
  const formatted = formatDate(t, date)
  return date === dayAfter(today) ? t('reopen.tomorrow', { date: formatted }) : formatted
}

/** English names come from the config (`nameEn`); the pseudo-language keeps the data as it is. */
export function serviceName(service: { name: string; nameEn: string }, lang: Lang): string {
  return lang === 'en' && service.nameEn ? service.nameEn : service.name
}
