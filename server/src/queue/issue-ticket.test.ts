import { describe, expect, it } from 'vitest'
import { aState, aTicket, at, codeOf, deepFreeze, demoConfig, smallConfig } from '../../../test/fixtures/queue-builders.ts'
import { issueTicket } from './issue-ticket.ts'
import type { IssueTicketInput } from './issue-ticket.ts'
import type { QueueState } from './model.ts'

const config = smallConfig() // Wed 08:00–10:00, slots of 30 min, A holds 3 per slot
const input = (over: Partial<IssueTicketInput> = {}): IssueTicketInput => ({
  id: 'new',
  serviceId: 'A',
  priority: null,
  kioskId: 'k1',
  ...over,
})
const full = (slotStart: string, n = 3) =>
  Array.from({ length: n }, () => aTicket({ slotStart, slotEnd: slotStart.replace(/:(\d\d)/, (_m, mm) => (mm === '00' ? ':30' : ':00')) }))

describe('issueTicket', () => {
  it('takes the current slot and emits issued', () => {
    const state = deepFreeze(aState(config))
    const t = issueTicket(state, config, input({ priority: 'elderly' }), at('08:40'))
    expect(t.result).toEqual({
      id: 'new',
      number: 'A001',
      seq: 1,
      serviceId: 'A',
      originalServiceId: 'A',
      slotStart: '08:30',
      slotEnd: '09:00',
      priority: 'elderly',
      status: 'waiting',
      kioskId: 'k1',
      issuedAt: at('08:40'),
      recalls: 0,
      transfers: [],
      print: { state: 'queued' },
    })
    expect(t.events).toEqual([
      {
        type: 'issued',
        at: at('08:40'),
        ticketId: 'new',
        number: 'A001',
        serviceId: 'A',
        data: { slot: '08:30', priority: 'elderly', kioskId: 'k1' },
      },
    ])
    expect(t.state.tickets).toHaveLength(1)
    expect(t.state.lastInstant).toBe(at('08:40'))
    expect(state.tickets).toHaveLength(0)
  })

  it('takes the next slot with room when the current one is full', () => {
    const state = deepFreeze(aState(config, { tickets: [...full('08:30'), ...full('09:00')] }))
    expect(issueTicket(state, config, input(), at('08:40')).result.slotStart).toBe('09:30')
  })

  it('gives a ticket issued before opening or over lunch the first slot to come', () => {
    const demo = demoConfig()
    const s = aState(demo)
    const issue = (hhmm: string) =>
      issueTicket(s, demo, { id: 'x', serviceId: 'HOTICH', priority: null, kioskId: 'kiosk-1' }, at(hhmm)).result.slotStart
    expect(issue('06:55')).toBe('07:30')
    expect(issue('11:30')).toBe('13:30')
    expect(issue('16:59')).toBe('16:30')
  })

  it('issues into a slot asked for, later today', () => {
    const state = deepFreeze(aState(config))
    const t = issueTicket(state, config, input({ slot: '09:30' }), at('08:10'))
    expect([t.result.slotStart, t.result.slotEnd]).toEqual(['09:30', '10:00'])
  })

  it('accepts the current slot asked for until it ends', () => {
    expect(issueTicket(aState(config), config, input({ slot: '08:00' }), at('08:29')).result.slotStart).toBe('08:00')
  })

  it('refuses a full slot with SLOT_FULL', () => {
    const state = deepFreeze(aState(config, { tickets: full('09:00') }))
    expect(codeOf(() => issueTicket(state, config, input({ slot: '09:00' }), at('08:10')))).toBe('SLOT_FULL')
    // Another service's slot is not affected.
    expect(issueTicket(state, config, input({ serviceId: 'B', slot: '09:00' }), at('08:10')).result.number).toBe('B001')
  })

  it('refuses with SLOT_FULL when every slot left today is full', () => {
    const state = deepFreeze(aState(config, { tickets: [...full('09:00'), ...full('09:30')] }))
    expect(codeOf(() => issueTicket(state, config, input(), at('09:10')))).toBe('SLOT_FULL')
  })

  it('gives back a cancelled place', () => {
    const tickets = full('09:30')
    const state = deepFreeze(aState(config, { tickets: [...tickets.slice(1), { ...tickets[0]!, status: 'cancelled' }] }))
    expect(issueTicket(state, config, input({ slot: '09:30' }), at('09:10')).result.slotStart).toBe('09:30')
  })

  it('refuses an ended, unknown or malformed slot with INVALID_SLOT', () => {
    const state = deepFreeze(aState(config))
    expect(codeOf(() => issueTicket(state, config, input({ slot: '08:00' }), at('08:30')))).toBe('INVALID_SLOT')
    expect(codeOf(() => issueTicket(state, config, input({ slot: '08:15' }), at('08:00')))).toBe('INVALID_SLOT')
    expect(codeOf(() => issueTicket(state, config, input({ slot: '12:00' }), at('08:00')))).toBe('INVALID_SLOT')
  })

  it('is closed on Sunday, on a holiday and after the last slot', () => {
    const demo = demoConfig()
    const demoInput = { id: 'x', serviceId: 'DATDAI', priority: null, kioskId: 'kiosk-1' }
    const sunday = deepFreeze(aState(demo, { date: '2026-11-29' }))
    expect(codeOf(() => issueTicket(sunday, demo, demoInput, at('09:00', '2026-11-29')))).toBe('OFFICE_CLOSED')
    const holiday = deepFreeze(aState(demo, { date: '2026-09-02' }))
    expect(codeOf(() => issueTicket(holiday, demo, demoInput, at('09:00', '2026-09-02')))).toBe('OFFICE_CLOSED')
    expect(codeOf(() => issueTicket(holiday, demo, { ...demoInput, slot: '09:00' }, at('09:00', '2026-09-02')))).toBe(
      'OFFICE_CLOSED',
    )
    const wednesday = deepFreeze(aState(demo))
    expect(codeOf(() => issueTicket(wednesday, demo, demoInput, at('17:00')))).toBe('OFFICE_CLOSED')
    expect(codeOf(() => issueTicket(wednesday, demo, demoInput, at('19:30')))).toBe('OFFICE_CLOSED')
    // A slot named after closing has ended: that is a bad slot, not a closed office.
    expect(codeOf(() => issueTicket(wednesday, demo, { ...demoInput, slot: '16:30' }, at('17:05')))).toBe('INVALID_SLOT')
  })

  it('refuses an unknown service and a priority class the office does not use', () => {
    const narrow = smallConfig({ priority: { classes: ['elderly'] } })
    const state = deepFreeze(aState(narrow))
    expect(codeOf(() => issueTicket(state, narrow, input({ serviceId: 'Z' }), at('08:00')))).toBe('UNKNOWN_SERVICE')
    expect(codeOf(() => issueTicket(state, narrow, input({ priority: 'merit' }), at('08:00')))).toBe('VALIDATION')
    expect(issueTicket(state, narrow, input({ priority: 'elderly' }), at('08:00')).result.priority).toBe('elderly')
  })

  it('fills a slot to capacity and then moves on', () => {
    let state: QueueState = deepFreeze(aState(config))
    const slots: string[] = []
    for (let i = 0; i < 7; i++) {
      const t = issueTicket(state, config, input({ id: `t${i}` }), at('08:05'))
      state = deepFreeze(t.state)
      slots.push(t.result.slotStart)
    }
    expect(slots).toEqual(['08:00', '08:00', '08:00', '08:30', '08:30', '08:30', '09:00'])
  })
})
