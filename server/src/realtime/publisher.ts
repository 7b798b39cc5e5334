import type { OfficeConfig } from '../config/schema.ts'
import type { Publisher } from '../commands/deps.ts'
import type { DomainEvent, QueueState } from '../queue/model.ts'
import { toCounterView, toQueueChanged, toTicketCalled, toTicketChanged } from '../queue/views.ts'
import { toIsoOffset } from '../queue/office-time.ts'
import type { TypedIo } from './attach-realtime.ts'
import { ROOMS } from './rooms.ts'

/** Turns saved domain events into the contract's socket events. Holds no queue rules. */
export function createPublisher(io: TypedIo, deps: { config: Readonly<OfficeConfig>; now: () => number }): Publisher {
  const { config } = deps
  const tz = config.office.timeZone
  const pub = io.to(ROOMS.public)

  return {
    publish({ state, events }) {
      if (events.length === 0) return
      const now = deps.now()
      const counters = new Set<string>()
      const services = new Set<string>()
      const tickets = new Set<string>()
      for (const e of events) {
        if (e.counterId) counters.add(e.counterId)
        if (e.serviceId) services.add(e.serviceId)
        const to = e.data?.toServiceId
        if (typeof to === 'string') services.add(to)
        if (e.ticketId) tickets.add(e.ticketId)
        emitCall(state, e)
        if (e.type === 'finished' && e.counterId && e.number && e.serviceId)
          pub.emit('rating:requested', { counterId: e.counterId, number: e.number, serviceId: e.serviceId, finishedAt: toIsoOffset(e.at, tz) })
      }
      for (const id of counters) pub.emit('counter:changed', toCounterView(state, config, id))
      for (const id of services) pub.emit('queue:changed', toQueueChanged(state, config, id, now))
      // Everyone waiting in a changed queue moved: tell each phone that follows one of them.
      for (const t of state.tickets)
        if (services.has(t.serviceId) && (t.status === 'waiting' || tickets.has(t.id))) tickets.add(t.id)
      for (const id of tickets) {
        if (!io.sockets.adapter.rooms.has(ROOMS.ticket(id))) continue
        const t = state.tickets.find((x) => x.id === id)
        if (t) io.to(ROOMS.ticket(id)).emit('ticket:changed', toTicketChanged(state, config, t, now))
      }
    },
    printFailed(kioskId, number) {
      io.to(ROOMS.kiosk(kioskId)).to(ROOMS.staff).emit('print:failed', { kioskId, number })
    },
  }

  function emitCall(state: QueueState, e: DomainEvent) {
    if ((e.type !== 'called' && e.type !== 'recalled') || !e.ticketId || !e.counterId) return
    const t = state.tickets.find((x) => x.id === e.ticketId)
    const counter = config.counters.find((c) => c.id === e.counterId)
    if (t && counter) pub.emit('ticket:called', toTicketCalled(t, counter, e.type === 'recalled', tz))
  }
}

export function emitPrinterChanged(io: TypedIo, kioskId: string, state: string) {
  io.to(ROOMS.staff).to(ROOMS.kiosk(kioskId)).emit('printer:changed', { id: kioskId, state: state as never })
}
