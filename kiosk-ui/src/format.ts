import type { SlotRef } from '@luot/server/contract'
import type { Lang, Translate } from './i18n.ts'

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

/** English names come from the config (`nameEn`); the pseudo-language keeps the data as it is. */
export function serviceName(service: { name: string; nameEn: string }, lang: Lang): string {
  return lang === 'en' && service.nameEn ? service.nameEn : service.name
}
