import type {
  CounterChanged,
  CounterView,
  DisplayTicket,
  OfficeState,
  QueueChanged,
  ServiceView,
  StaffTicketView,
  TicketCalled,
  TicketChanged,
  TicketIssued,
  TicketView,
} from '../contract/index.ts'
import type { CounterConfig, OfficeConfig } from '../config/schema.ts'
import type { QueueState, Ticket } from './model.ts'
import { nextNumbers, peopleAhead } from './call-order.ts'
import { estimateTicketWaitMinutes, estimateWaitMinutes } from './estimate.ts'
import { instantOf, toIsoOffset } from './office-time.ts'

// The contract's views, built from the state. Times go out as ISO with the office's offset, as people
// there read them. Displays get numbers, services and counters only: never a ticket's id (the key to its
// page and its rating) nor anything personal.

const iso = (config: OfficeConfig, ms: number) => toIsoOffset(ms, config.office.timeZone)

function counterName(config: OfficeConfig, counterId: string): string {
  return config.counters.find((c) => c.id === counterId)?.name ?? counterId
}

function serviceName(config: OfficeConfig, serviceId: string): string {
  return config.services.find((s) => s.id === serviceId)?.name ?? serviceId
}

function placeInQueue(state: QueueState, config: OfficeConfig, ticket: Ticket, now: number) {
  const ahead = peopleAhead(state, config, ticket, now)
  return { peopleAhead: ahead, estimatedWaitMinutes: estimateTicketWaitMinutes(state, config, ticket, now, ahead) }
}

/** The kiosk's answer to POST /api/tickets. */
export function toTicketIssued(state: QueueState, config: OfficeConfig, ticket: Ticket, now: number): TicketIssued {
  return {
    id: ticket.id,
    number: ticket.number,
    serviceId: ticket.serviceId,
    slot: { start: ticket.slotStart, end: ticket.slotEnd },
    priority: ticket.priority,
    status: ticket.status,
    ...placeInQueue(state, config, ticket, now),
    issuedAt: iso(config, ticket.issuedAt),
    print: { state: ticket.print.state },
  }
}

/** GET /api/tickets/:id, for whoever holds the id. No dossier code, no staff, no rating content. */
export function toTicketView(state: QueueState, config: OfficeConfig, ticket: Ticket, now: number): TicketView {
  return {
    id: ticket.id,
    number: ticket.number,
    serviceId: ticket.serviceId,
    serviceName: serviceName(config, ticket.serviceId),
    slot: { start: ticket.slotStart, end: ticket.slotEnd },
    priority: ticket.priority,
    status: ticket.status,
    ...placeInQueue(state, config, ticket, now),
    issuedAt: iso(config, ticket.issuedAt),
    ...(ticket.counterId !== undefined
      ? { counterId: ticket.counterId, counterName: counterName(config, ticket.counterId) }
      : {}),
    ...(ticket.calledAt !== undefined ? { calledAt: iso(config, ticket.calledAt) } : {}),
    rated: ticket.rating !== undefined,
  }
}

/** What staff see of a ticket at their counter: everything but the citizen's rating. */
export function toStaffTicketView(_state: QueueState, ticket: Ticket, tz: string): StaffTicketView {
  const at = (ms: number) => toIsoOffset(ms, tz)
  return {
    id: ticket.id,
    number: ticket.number,
    serviceId: ticket.serviceId,
    slot: { start: ticket.slotStart, end: ticket.slotEnd },
    priority: ticket.priority,
    status: ticket.status,
    issuedAt: at(ticket.issuedAt),
    ...(ticket.counterId !== undefined ? { counterId: ticket.counterId } : {}),
    ...(ticket.calledAt !== undefined ? { calledAt: at(ticket.calledAt) } : {}),
    ...(ticket.startedAt !== undefined ? { startedAt: at(ticket.startedAt) } : {}),
    ...(ticket.finishedAt !== undefined ? { finishedAt: at(ticket.finishedAt) } : {}),
    recalls: ticket.recalls,
    ...(ticket.dossierCode !== undefined ? { dossierCode: ticket.dossierCode } : {}),
    print: { state: ticket.print.state },
  }
}

/** `ticket:changed`, only to that ticket's page. */
export function toTicketChanged(state: QueueState, config: OfficeConfig, ticket: Ticket, now: number): TicketChanged {
  return {
    id: ticket.id,
    number: ticket.number,
    status: ticket.status,
    ...placeInQueue(state, config, ticket, now),
    ...(ticket.counterId !== undefined
      ? { counterId: ticket.counterId, counterName: counterName(config, ticket.counterId) }
      : {}),
  }
}

/** `ticket:called`, for displays: a number, a service and a counter, never the id. */
export function toTicketCalled(ticket: Ticket, counter: CounterConfig, recall: boolean, tz: string): TicketCalled {
  return {
    number: ticket.number,
    counterId: counter.id,
    counterName: counter.name,
    serviceId: ticket.serviceId,
    calledAt: toIsoOffset(ticket.calledAt ?? ticket.issuedAt, tz),
    recall,
  }
}

/** How many upcoming numbers a display lists per service. */
const NEXT_ON_DISPLAY = 5

function displayTicket(state: QueueState, ticketId: string | null): DisplayTicket | null {
  const ticket = ticketId === null ? undefined : state.tickets.find((t) => t.id === ticketId)
  return ticket ? { number: ticket.number, serviceId: ticket.serviceId } : null
}

export function toCounterChanged(state: QueueState, config: OfficeConfig, counterId: string): CounterChanged {
  const counter = state.counters[counterId]
  return {
    id: counterId,
    name: config.counters.find((c) => c.id === counterId)?.name ?? counterId,
    status: counter?.status ?? 'closed',
    ticket: displayTicket(state, counter?.ticketId ?? null),
  }
}

export function toCounterView(state: QueueState, config: OfficeConfig, counterId: string): CounterView {
  const changed = toCounterChanged(state, config, counterId)
  const serviceIds = config.counters.find((c) => c.id === counterId)?.serviceIds ?? []
  return { id: changed.id, name: changed.name, serviceIds: [...serviceIds], status: changed.status, ticket: changed.ticket }
}

export function toCounterViews(state: QueueState, config: OfficeConfig): CounterView[] {
  return config.counters.map((c) => toCounterView(state, config, c.id))
}

/** Everyone holding a ticket of the service and not yet called, booked slots included. */
export function waitingCount(state: QueueState, serviceId: string): number {
  return state.tickets.filter((t) => t.status === 'waiting' && t.serviceId === serviceId).length
}

/** Of those, the tickets whose slot has not started: booked for later, so not in the hall and not ahead of a ticket taken now. */
export function bookedCount(state: QueueState, config: OfficeConfig, serviceId: string, now: number): number {
  const tz = config.office.timeZone
  return state.tickets.filter((t) => t.status === 'waiting' && t.serviceId === serviceId && instantOf(state.date, t.slotStart, tz) > now).length
}

/** What a ticket issued now would wait: the tickets already in a started slot are ahead of it, later bookings are not. */
export function serviceWaitMinutes(state: QueueState, config: OfficeConfig, serviceId: string, now: number): number {
  const ahead = waitingCount(state, serviceId) - bookedCount(state, config, serviceId, now)
  return estimateWaitMinutes(state, config, serviceId, ahead, now)
}

export function toServiceViews(state: QueueState, config: OfficeConfig, now: number): ServiceView[] {
  return config.services.map((s) => ({
    id: s.id,
    name: s.name,
    nameEn: s.nameEn,
    prefix: s.prefix,
    waiting: waitingCount(state, s.id),
    booked: bookedCount(state, config, s.id, now),
    estimatedWaitMinutes: serviceWaitMinutes(state, config, s.id, now),
    documents: [...s.documents],
  }))
}

export function toQueueChanged(state: QueueState, config: OfficeConfig, serviceId: string, now: number): QueueChanged {
  return {
    serviceId,
    waiting: waitingCount(state, serviceId),
    booked: bookedCount(state, config, serviceId, now),
    estimatedWaitMinutes: serviceWaitMinutes(state, config, serviceId, now),
    next: nextNumbers(state, config, serviceId, now, NEXT_ON_DISPLAY),
  }
}

/** The socket `state` payload, sent on every (re)connect. recentCalls come from the caller, newest first. */
export function toOfficeState(state: QueueState, config: OfficeConfig, now: number, recentCalls: TicketCalled[]): OfficeState {
  return {
    counters: config.counters.map((c) => toCounterChanged(state, config, c.id)),
    waiting: config.services.map((s) => ({
      serviceId: s.id,
      count: waitingCount(state, s.id),
      booked: bookedCount(state, config, s.id, now),
      next: nextNumbers(state, config, s.id, now, NEXT_ON_DISPLAY),
    })),
    recentCalls: [...recentCalls],
    serverNow: toIsoOffset(now, config.office.timeZone),
  }
}
