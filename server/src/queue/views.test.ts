import { describe, expect, it } from 'vitest'
import { aCounter, aState, aTicket, at, deepFreeze, smallConfig } from '../../../test/fixtures/queue-builders.ts'
import {
  toCounterViews,
  toOfficeState,
  toQueueChanged,
  toServiceViews,
  toStaffTicketView,
  toTicketCalled,
  toTicketChanged,
  toTicketIssued,
  toTicketView,
} from './views.ts'

const config = smallConfig()
const TZ = 'Asia/Ho_Chi_Minh'
const called = aTicket({
  id: 'secret-id-1',
  number: 'A001',
  status: 'called',
  counterId: '2',
  calledAt: at('08:10:08'),
  issuedAt: at('08:01'),
  dossierCode: 'H01-1',
})
const waiting = aTicket({ id: 'secret-id-2', number: 'A002', issuedAt: at('08:02'), priority: 'elderly' })
const waitingB = aTicket({ id: 'secret-id-3', serviceId: 'B', number: 'B001', issuedAt: at('08:03') })
const state = deepFreeze(
  aState(config, { counters: [aCounter('2', { ticketId: 'secret-id-1' })], tickets: [called, waiting, waitingB] }),
)

describe('ticket views', () => {
  it('answers the kiosk with times in the office zone', () => {
    expect(toTicketIssued(state, config, waiting, at('08:05'))).toEqual({
      id: 'secret-id-2',
      number: 'A002',
      serviceId: 'A',
      slot: { start: '08:00', end: '08:30' },
      priority: 'elderly',
      status: 'waiting',
      peopleAhead: 0,
      estimatedWaitMinutes: 0,
      issuedAt: '2026-11-25T08:02:00+07:00',
      print: { state: 'queued' },
    })
  })

  it('shows a ticket’s page its counter and call, never its dossier code', () => {
    const view = toTicketView(state, config, called, at('08:11'))
    expect(view).toEqual({
      id: 'secret-id-1',
      number: 'A001',
      serviceId: 'A',
      serviceName: 'Dịch vụ A',
      slot: { start: '08:00', end: '08:30' },
      priority: null,
      status: 'called',
      peopleAhead: 0,
      estimatedWaitMinutes: 0,
      issuedAt: '2026-11-25T08:01:00+07:00',
      counterId: '2',
      counterName: 'Quầy 2',
      calledAt: '2026-11-25T08:10:08+07:00',
      rated: false,
    })
    expect(toTicketChanged(state, config, called, at('08:11'))).toEqual({
      id: 'secret-id-1',
      number: 'A001',
      status: 'called',
      peopleAhead: 0,
      estimatedWaitMinutes: 0,
      counterId: '2',
      counterName: 'Quầy 2',
    })
  })

  it('shows staff the dossier code and recalls', () => {
    expect(toStaffTicketView(state, called, TZ)).toMatchObject({ dossierCode: 'H01-1', recalls: 0, calledAt: '2026-11-25T08:10:08+07:00' })
  })

  it('announces a call with the counter’s name', () => {
    expect(toTicketCalled(called, config.counters[1]!, true, TZ)).toEqual({
      number: 'A001',
      counterId: '2',
      counterName: 'Quầy 2',
      serviceId: 'A',
      calledAt: '2026-11-25T08:10:08+07:00',
      recall: true,
    })
  })
})

describe('display views', () => {
  it('lists counters with the number they serve', () => {
    expect(toCounterViews(state, config)).toEqual([
      { id: '1', name: 'Quầy 1', serviceIds: ['A'], status: 'closed', ticket: null },
      { id: '2', name: 'Quầy 2', serviceIds: ['A', 'B'], status: 'open', ticket: { number: 'A001', serviceId: 'A' } },
    ])
  })

  it('gives waiting counts and estimates per service', () => {
    // A: 1 waiting × 10 min over 1 open counter; B: 1 × 6 min over 1 open counter.
    expect(toServiceViews(state, config, at('08:11')).map((s) => [s.id, s.waiting, s.estimatedWaitMinutes])).toEqual([
      ['A', 1, 10],
      ['B', 1, 6],
    ])
    expect(toQueueChanged(state, config, 'A', at('08:11'))).toEqual({ serviceId: 'A', waiting: 1, booked: 0, estimatedWaitMinutes: 10, next: ['A002'] })
  })

  it('counts tickets booked for a later slot as waiting and booked, but not as ahead of a ticket taken now', () => {
    const later = aTicket({ id: 'secret-id-4', number: 'A003', issuedAt: at('08:04'), slotStart: '09:00', slotEnd: '09:30' })
    const booked = deepFreeze({ ...state, tickets: [...state.tickets, later] })
    expect(toQueueChanged(booked, config, 'A', at('08:11'))).toEqual({ serviceId: 'A', waiting: 2, booked: 1, estimatedWaitMinutes: 10, next: ['A002'] })
    expect(toServiceViews(booked, config, at('08:11'))[0]).toMatchObject({ waiting: 2, booked: 1, estimatedWaitMinutes: 10 })
    // Once its slot has started it is in the hall and ahead of the next ticket.
    expect(toQueueChanged(booked, config, 'A', at('09:00'))).toMatchObject({ waiting: 2, booked: 0, estimatedWaitMinutes: 20 })
    expect(toOfficeState(booked, config, at('08:11'), []).waiting[0]).toEqual({ serviceId: 'A', count: 2, booked: 1, next: ['A002'] })
  })

  it('gives displays numbers, services and counters, never a ticket id', () => {
    const office = toOfficeState(state, config, at('08:11'), [])
    expect(office).toEqual({
      counters: [
        { id: '1', name: 'Quầy 1', status: 'closed', ticket: null },
        { id: '2', name: 'Quầy 2', status: 'open', ticket: { number: 'A001', serviceId: 'A' } },
      ],
      waiting: [
        { serviceId: 'A', count: 1, booked: 0, next: ['A002'] },
        { serviceId: 'B', count: 1, booked: 0, next: ['B001'] },
      ],
      recentCalls: [],
      serverNow: '2026-11-25T08:11:00+07:00',
    })
    expect(JSON.stringify(office)).not.toContain('secret-id')
  })
})
