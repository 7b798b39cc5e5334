import type { CounterStatus, PrinterState } from './domain.ts'
import type { DisplayTicket } from './api.ts'

// Socket.io events of CONTRACT.md. Commands travel over HTTP; the socket only pushes.
export type SocketRole = 'display' | 'kiosk' | 'staff' | 'manager' | 'ticket'

export interface SocketAuth {
  role: SocketRole
  token?: string
  ticketId?: string
  kioskId?: string
  counterId?: string
}

export interface TicketCalled {
  number: string
  counterId: string
  counterName: string
  serviceId: string
  calledAt: string
  recall: boolean
}

export interface QueueChanged {
  serviceId: string
  waiting: number
  /** Of `waiting`, the tickets booked for a slot that has not started: not yet in the hall. */
  booked: number
  estimatedWaitMinutes: number
  /** The next numbers in call order (display only: number and priority flag, never personal data). */
  next: string[]
}

export interface CounterChanged {
  id: string
  name: string
  status: CounterStatus
  ticket: DisplayTicket | null
}

export interface OfficeState {
  counters: CounterChanged[]
  /** `booked`: of `count`, the tickets of a slot not yet started. */
  waiting: { serviceId: string; count: number; booked: number; next: string[] }[]
  recentCalls: TicketCalled[]
  /** Server time, so screens show the office clock rather than the device's. */
  serverNow: string
}

export interface PrinterChanged {
  id: string
  state: PrinterState
}

export interface TicketChanged {
  id: string
  number: string
  status: string
  peopleAhead: number
  estimatedWaitMinutes: number
  counterId?: string
  counterName?: string
}

export interface RatingRequested {
  counterId: string
  number: string
  serviceId: string
  finishedAt: string
}

export interface PrintFailed {
  kioskId: string
  number: string
}

export interface ServerToClientEvents {
  state: (s: OfficeState) => void
  'ticket:called': (e: TicketCalled) => void
  'queue:changed': (e: QueueChanged) => void
  'counter:changed': (e: CounterChanged) => void
  'printer:changed': (e: PrinterChanged) => void
  'ticket:changed': (e: TicketChanged) => void
  'rating:requested': (e: RatingRequested) => void
  'print:failed': (e: PrintFailed) => void
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- commands travel over HTTP
export interface ClientToServerEvents {}
