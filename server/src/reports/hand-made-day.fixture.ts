import { aTicket, at, DAY, smallConfig } from '../../../test/fixtures/queue-builders.ts'
import type { DomainEvent, Ticket } from '../queue/model.ts'

// One small day worked out by hand (smallConfig: Wednesday 08:00–10:00; A at counters 1 and 2, B at 2).
// t1 served normally and rated 4; t2 booked for 08:30 but called at 08:25 (wait clamps at 0); t3 a
// no-show after a recall; t4 transferred twice (B → A → B), rated 1 with a dossier; t5 never called.

export const config = smallConfig()
export { DAY }

const c1 = { counterId: '1', staffId: 'canbo1' }
const c2 = { counterId: '2', staffId: 'canbo2' }

export const tickets: Ticket[] = [
  aTicket({ id: 't1', seq: 1, number: 'A001', issuedAt: at('08:02'), calledAt: at('08:10'), firstCalledAt: at('08:10'), startedAt: at('08:11'), finishedAt: at('08:22'), status: 'done', ...c1, rating: { score: 4, reasons: [], at: at('08:23'), source: 'tablet' } }),
  aTicket({ id: 't2', seq: 2, number: 'A002', slotStart: '08:30', slotEnd: '09:00', issuedAt: at('08:05'), calledAt: at('08:25'), firstCalledAt: at('08:25'), finishedAt: at('08:31'), status: 'done', ...c1 }),
  aTicket({ id: 't3', seq: 3, number: 'A003', issuedAt: at('08:06'), calledAt: at('08:14'), firstCalledAt: at('08:12'), finishedAt: at('08:16'), status: 'no_show', recalls: 1, ...c2 }),
  aTicket({
    id: 't4', seq: 1, number: 'B001', serviceId: 'B', originalServiceId: 'B', issuedAt: at('08:07'),
    firstCalledAt: at('08:20'), calledAt: at('08:40'), finishedAt: at('08:50'), status: 'done', ...c2, dossierCode: '000.00.12.H26-261125-0001',
    transfers: [
      { fromServiceId: 'B', toServiceId: 'A', counterId: '2', staffId: 'canbo2', reason: 'Sai lĩnh vực', at: at('08:23') },
      { fromServiceId: 'A', toServiceId: 'B', counterId: '1', staffId: 'canbo1', at: at('08:34') },
    ],
    rating: { score: 1, reasons: ['Chờ lâu'], at: at('08:51'), source: 'phone' },
  }),
  aTicket({ id: 't5', seq: 4, number: 'A004', issuedAt: at('08:03') }),
]

const ev = (type: DomainEvent['type'], hhmm: string, counter: { counterId: string; staffId: string }, ticketId?: string, data?: Record<string, unknown>): DomainEvent => ({
  type, at: at(hhmm), ...counter, ...(ticketId ? { ticketId } : {}), ...(data ? { data } : {}),
})

/** Counter 1: open 120 min − 20 min pause = 100, busy 12 + 6 + 2 = 20. Counter 2: open 120, busy 4 + 3 + 10 = 17. */
export const events: DomainEvent[] = [
  ev('counter_opened', '08:00', c1),
  ev('counter_opened', '08:00', c2),
  ev('called', '08:10', c1, 't1', { outOfOrder: false }),
  ev('called', '08:12', c2, 't3', { outOfOrder: false }),
  ev('recalled', '08:14', c2, 't3'),
  ev('no_show', '08:16', c2, 't3'),
  ev('called', '08:20', c2, 't4', { outOfOrder: false }),
  ev('finished', '08:22', c1, 't1'),
  ev('transferred', '08:23', c2, 't4', { fromServiceId: 'B', toServiceId: 'A', reason: 'Sai lĩnh vực' }),
  ev('called', '08:25', c1, 't2', { outOfOrder: true }),
  ev('finished', '08:31', c1, 't2'),
  ev('called', '08:32', c1, 't4', { outOfOrder: false }),
  ev('transferred', '08:34', c1, 't4', { fromServiceId: 'A', toServiceId: 'B' }),
  ev('called', '08:40', c2, 't4', { outOfOrder: false }),
  ev('finished', '08:50', c2, 't4'),
  ev('paused', '09:00', c1, undefined, { reason: 'Họp giao ban' }),
  ev('resumed', '09:20', c1, undefined, { from: 'paused', reason: 'Họp giao ban' }),
]
