import { AppError } from '../errors.ts'
import type { PriorityClass } from '../contract/index.ts'
import type { OfficeConfig } from '../config/schema.ts'
import type { QueueState, Ticket, Transition } from './model.ts'
import { nextNumber } from './numbering.ts'
import { hasSlotEnded, remainingSlots, slotsOfDay, slotUse } from './slots.ts'
import type { Period } from './slots.ts'
import { requireService, stamp } from './state-ops.ts'

export interface IssueTicketInput {
  id: string
  serviceId: string
  /** A slot start (HH:MM) of today; absent: the current slot, or the next one with room. */
  slot?: string
  priority: PriorityClass | null
  kioskId: string
  lang?: 'vi' | 'en'
}

/** Assumes state.date is today at `now`: the store rolls the day before issuing. */
export function issueTicket(
  state: QueueState,
  config: OfficeConfig,
  input: IssueTicketInput,
  now: number,
): Transition<Ticket> {
  const service = requireService(config, input.serviceId)
  if (input.priority !== null && !config.priority.classes.includes(input.priority))
    throw new AppError('VALIDATION', { priority: input.priority })
  const slot = chooseSlot(state, config, input, service.capacityPerSlot, now)
  const { seq, number, sequences } = nextNumber(state, service.prefix)
  const ticket: Ticket = {
    id: input.id,
    number,
    seq,
    serviceId: service.id,
    originalServiceId: service.id,
    slotStart: slot.start,
    slotEnd: slot.end,
    priority: input.priority,
    status: 'waiting',
    kioskId: input.kioskId,
    issuedAt: now,
    recalls: 0,
    transfers: [],
    ...(input.lang === 'en' ? { lang: 'en' as const } : {}),
    print: { state: 'queued' },
  }
  return {
    state: stamp({ ...state, sequences, tickets: [...state.tickets, ticket] }, now),
    events: [
      {
        type: 'issued',
        at: now,
        ticketId: ticket.id,
        number,
        serviceId: service.id,
        data: { slot: slot.start, priority: input.priority, kioskId: input.kioskId },
      },
    ],
    result: ticket,
  }
}

function chooseSlot(
  state: QueueState,
  config: OfficeConfig,
  input: IssueTicketInput,
  capacity: number,
  now: number,
): Period {
  const slots = slotsOfDay(config, state.date)
  if (slots.length === 0) throw new AppError('OFFICE_CLOSED', { date: state.date })
  const use = slotUse(state, input.serviceId)
  const hasRoom = (s: Period) => (use.get(s.start) ?? 0) < capacity
  if (input.slot !== undefined) {
    const asked = slots.find((s) => s.start === input.slot)
    if (!asked || hasSlotEnded(config, state.date, asked, now)) throw new AppError('INVALID_SLOT', { slot: input.slot })
    if (!hasRoom(asked)) throw new AppError('SLOT_FULL', { slot: input.slot })
    return asked
  }
  const left = remainingSlots(config, state.date, now)
  if (left.length === 0) throw new AppError('OFFICE_CLOSED', { date: state.date })
  const free = left.find(hasRoom)
  if (!free) throw new AppError('SLOT_FULL', { serviceId: input.serviceId })
  return free
}
