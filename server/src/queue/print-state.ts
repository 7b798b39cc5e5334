import type { PrintState } from '../contract/index.ts'
import type { QueueState, Ticket, Transition } from './model.ts'

/** Records the outcome of printing a ticket (printing runs after the ticket is saved). */
export function setPrintState(s: QueueState, ticketId: string, print: PrintState, now: number): Transition<Ticket | null> {
  const ticket = s.tickets.find((t) => t.id === ticketId)
  if (!ticket || ticket.print.state === print) return { state: s, events: [], result: ticket ?? null }
  const next: Ticket = { ...ticket, print: { state: print } }
  return {
    state: { ...s, tickets: s.tickets.map((t) => (t.id === ticketId ? next : t)) },
    events: [{ type: 'print', at: now, ticketId, number: ticket.number, serviceId: ticket.serviceId, data: { state: print, kioskId: ticket.kioskId } }],
    result: next,
  }
}
