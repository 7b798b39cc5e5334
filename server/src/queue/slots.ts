import type { SlotView } from '../contract/index.ts'
import type { OfficeConfig } from '../config/schema.ts'
import type { QueueState } from './model.ts'
import { hhmmOf, instantOf, minutesOf, weekdayOf } from './office-time.ts'
import { requireService } from './state-ops.ts'

export interface Period {
  start: string
  end: string
}

export function isHoliday(config: OfficeConfig, date: string): boolean {
  return config.holidays.some((h) => h.date === date)
}

/** The opening periods of that day; [] on a holiday or a closed weekday. */
export function openingPeriods(config: OfficeConfig, date: string): Period[] {
  if (isHoliday(config, date)) return []
  return config.openingHours[weekdayOf(date)].map((p) => ({ start: p.start, end: p.end }))
}

/** Slots of slotMinutes inside each period; a period that does not divide evenly ends on a short slot. */
export function slotsOfDay(config: OfficeConfig, date: string): Period[] {
  const slots: Period[] = []
  for (const period of openingPeriods(config, date)) {
    const end = minutesOf(period.end)
    for (let m = minutesOf(period.start); m < end; m += config.slotMinutes)
      slots.push({ start: hhmmOf(m), end: hhmmOf(Math.min(m + config.slotMinutes, end)) })
  }
  return slots
}

export function hasSlotEnded(config: OfficeConfig, date: string, slot: Period, now: number): boolean {
  return instantOf(date, slot.end, config.office.timeZone) <= now
}

export function hasSlotStarted(config: OfficeConfig, date: string, slotStart: string, now: number): boolean {
  return instantOf(date, slotStart, config.office.timeZone) <= now
}

/** The slot `now` falls in, or null between periods and outside opening hours. */
export function currentSlot(config: OfficeConfig, date: string, now: number): Period | null {
  return (
    slotsOfDay(config, date).find(
      (s) => hasSlotStarted(config, date, s.start, now) && !hasSlotEnded(config, date, s, now),
    ) ?? null
  )
}

/** Slots of that day that have not ended at `now`, the current one first. */
export function remainingSlots(config: OfficeConfig, date: string, now: number): Period[] {
  return slotsOfDay(config, date).filter((s) => !hasSlotEnded(config, date, s, now))
}

/**
 * Tickets issued per slot start for a service. Capacity is what the citizen first asked for: a transfer
 * later does not free a place nor take one in the other service. Cancelled tickets give their place back.
 */
export function slotUse(state: QueueState, serviceId: string): Map<string, number> {
  const use = new Map<string, number>()
  for (const t of state.tickets) {
    if (t.originalServiceId !== serviceId || t.status === 'cancelled') continue
    use.set(t.slotStart, (use.get(t.slotStart) ?? 0) + 1)
  }
  return use
}

/**
 * Capacity and places left per slot of `date`. A slot that has ended shows 0 left: nothing can be issued
 * into it any more, and a kiosk offering it would only earn an INVALID_SLOT.
 */
export function slotAvailability(
  config: OfficeConfig,
  state: QueueState,
  serviceId: string,
  date: string,
  now: number,
): SlotView[] {
  const capacity = requireService(config, serviceId).capacityPerSlot
  // Tickets in the state belong to state.date; any other day has nothing issued yet.
  const use = date === state.date ? slotUse(state, serviceId) : new Map<string, number>()
  return slotsOfDay(config, date).map((s) => ({
    start: s.start,
    end: s.end,
    capacity,
    remaining: hasSlotEnded(config, date, s, now) ? 0 : Math.max(0, capacity - (use.get(s.start) ?? 0)),
  }))
}
