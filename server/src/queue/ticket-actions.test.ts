import { describe, expect, it } from 'vitest'
import { aCounter, aState, aTicket, at, codeOf, deepFreeze, smallConfig } from '../../../test/fixtures/queue-builders.ts'
import { waitingInOrder } from './call-order.ts'
import type { Ticket } from './model.ts'
import { finishTicket, markNoShow, recall, setDossier, startTicket, transferTicket } from './ticket-actions.ts'

const config = smallConfig()
const calledAt1 = (over: Partial<Ticket> = {}) =>
  aTicket({ id: 'C', number: 'A007', status: 'called', counterId: '1', staffId: 'canbo1', calledAt: at('08:10'), firstCalledAt: at('08:10'), ...over })
const stateWith = (current: Ticket, ...others: Ticket[]) =>
  deepFreeze(aState(config, { counters: [aCounter('1', { ticketId: current.id }), aCounter('2')], tickets: [current, ...others] }))

describe('recall', () => {
  it('calls the current ticket again', () => {
    const t = recall(stateWith(calledAt1()), '1', 'canbo1', at('08:12'))
    expect(t.result).toMatchObject({ id: 'C', status: 'called', recalls: 1, calledAt: at('08:12'), firstCalledAt: at('08:10') })
    expect(t.events).toMatchObject([{ type: 'recalled', ticketId: 'C', counterId: '1', staffId: 'canbo1', data: { recalls: 1 } }])
  })

  it('needs a current ticket', () => {
    expect(codeOf(() => recall(stateWith(calledAt1()), '2', 'canbo2', at('08:12')))).toBe('INVALID_STATE')
    expect(codeOf(() => recall(stateWith(calledAt1()), '9', 'x', at('08:12')))).toBe('NOT_FOUND')
  })
})

describe('start, finish, no-show', () => {
  it('starts a called ticket', () => {
    const t = startTicket(stateWith(calledAt1()), 'C', '1', 'canbo1', at('08:11'))
    expect(t.result).toMatchObject({ status: 'serving', startedAt: at('08:11') })
    expect(t.events).toMatchObject([{ type: 'started', ticketId: 'C', counterId: '1' }])
    expect(t.state.counters['1']?.ticketId).toBe('C')
  })

  it('finishes a serving or a called ticket and frees the counter', () => {
    for (const current of [calledAt1(), calledAt1({ status: 'serving', startedAt: at('08:11') })]) {
      const t = finishTicket(stateWith(current), 'C', '1', 'canbo1', at('08:20'))
      expect(t.result).toEqual({ ...current, status: 'done', finishedAt: at('08:20') })
      expect(t.state.counters['1']).toMatchObject({ ticketId: null, lastFinishedTicketId: 'C' })
      expect(t.events).toMatchObject([{ type: 'finished', ticketId: 'C', counterId: '1', staffId: 'canbo1' }])
    }
  })

  it('marks a no-show out of the queue, leaving the rating tablet alone', () => {
    const state = deepFreeze({ ...stateWith(calledAt1()), counters: { '1': aCounter('1', { ticketId: 'C', lastFinishedTicketId: 'old' }) } })
    const t = markNoShow(state, 'C', '1', 'canbo1', at('08:15'))
    expect(t.result.status).toBe('no_show')
    expect(t.state.counters['1']).toMatchObject({ ticketId: null, lastFinishedTicketId: 'old' })
    expect(t.events).toMatchObject([{ type: 'no_show', ticketId: 'C' }])
  })

  it('refuses with NOT_FOUND, FORBIDDEN and INVALID_STATE', () => {
    const waiting = aTicket({ id: 'W' })
    const state = stateWith(calledAt1(), waiting, aTicket({ id: 'D', status: 'done', counterId: '1' }))
    expect(codeOf(() => startTicket(state, 'nope', '1', 'canbo1', at('08:11')))).toBe('NOT_FOUND')
    expect(codeOf(() => startTicket(state, 'C', '2', 'canbo2', at('08:11')))).toBe('FORBIDDEN')
    expect(codeOf(() => finishTicket(state, 'C', '2', 'canbo2', at('08:11')))).toBe('FORBIDDEN')
    expect(codeOf(() => markNoShow(state, 'C', '2', 'canbo2', at('08:11')))).toBe('FORBIDDEN')
    // Still waiting: not at any counter yet, so the state is what is wrong.
    expect(codeOf(() => startTicket(state, 'W', '1', 'canbo1', at('08:11')))).toBe('INVALID_STATE')
    expect(codeOf(() => finishTicket(state, 'W', '1', 'canbo1', at('08:11')))).toBe('INVALID_STATE')
    expect(codeOf(() => markNoShow(state, 'W', '1', 'canbo1', at('08:11')))).toBe('INVALID_STATE')
    expect(codeOf(() => finishTicket(state, 'D', '1', 'canbo1', at('08:11')))).toBe('INVALID_STATE')
    const serving = startTicket(state, 'C', '1', 'canbo1', at('08:11')).state
    expect(codeOf(() => startTicket(serving, 'C', '1', 'canbo1', at('08:12')))).toBe('INVALID_STATE')
  })
})

describe('transferTicket', () => {
  const current = calledAt1({ status: 'serving', startedAt: at('08:11'), issuedAt: at('08:01') })
  const laterB = aTicket({ id: 'B-later', serviceId: 'B', number: 'B003', issuedAt: at('08:05') })

  it('puts the ticket back to waiting in the other service, keeping its place in time', () => {
    const state = stateWith(current, laterB)
    const t = transferTicket(state, config, 'C', '1', 'canbo1', 'B', 'thiếu hồ sơ đất', at('08:20'))
    const { counterId: _c, calledAt: _a, startedAt: _s, staffId: _st, ...kept } = current
    expect(t.result).toEqual({
      ...kept,
      status: 'waiting',
      serviceId: 'B',
      transfers: [{ fromServiceId: 'A', toServiceId: 'B', counterId: '1', staffId: 'canbo1', reason: 'thiếu hồ sơ đất', at: at('08:20') }],
    })
    expect(t.result.originalServiceId).toBe('A')
    expect(t.state.counters['1']?.ticketId).toBeNull()
    expect(t.events).toMatchObject([
      { type: 'transferred', ticketId: 'C', serviceId: 'A', counterId: '1', data: { fromServiceId: 'A', toServiceId: 'B', reason: 'thiếu hồ sơ đất' } },
    ])
    // Issued at 08:01, it goes before B's ticket issued at 08:05.
    expect(waitingInOrder(t.state, config, ['B'], at('08:20')).map((x) => x.id)).toEqual(['C', 'B-later'])
  })

  it('refuses an unknown service, another counter’s ticket and a waiting one', () => {
    const state = stateWith(current, aTicket({ id: 'W' }))
    expect(codeOf(() => transferTicket(state, config, 'C', '1', 'canbo1', 'Z', undefined, at('08:20')))).toBe('UNKNOWN_SERVICE')
    expect(codeOf(() => transferTicket(state, config, 'C', '2', 'canbo2', 'B', undefined, at('08:20')))).toBe('FORBIDDEN')
    expect(codeOf(() => transferTicket(state, config, 'W', '1', 'canbo1', 'B', undefined, at('08:20')))).toBe('INVALID_STATE')
    expect(transferTicket(state, config, 'C', '1', 'canbo1', 'B', undefined, at('08:20')).result.transfers[0]).not.toHaveProperty('reason')
  })
})

describe('setDossier', () => {
  it('records the dossier code on a ticket of this counter, also once done', () => {
    const state = stateWith(calledAt1(), aTicket({ id: 'D', status: 'done', counterId: '1' }))
    expect(setDossier(state, 'C', '1', 'canbo1', 'H01.22-251125-0001', at('08:15')).result.dossierCode).toBe('H01.22-251125-0001')
    const t = setDossier(state, 'D', '1', 'canbo1', 'X1', at('08:15'))
    expect(t.result.dossierCode).toBe('X1')
    expect(t.events).toMatchObject([{ type: 'dossier', ticketId: 'D', counterId: '1', staffId: 'canbo1', data: { code: 'X1' } }])
  })

  it('refuses another counter’s ticket, a waiting one, and one whose citizen never came', () => {
    const state = stateWith(calledAt1(), aTicket({ id: 'W' }), aTicket({ id: 'N', status: 'no_show', counterId: '1' }))
    expect(codeOf(() => setDossier(state, 'C', '2', 'canbo2', 'X', at('08:15')))).toBe('FORBIDDEN')
    expect(codeOf(() => setDossier(state, 'W', '1', 'canbo1', 'X', at('08:15')))).toBe('INVALID_STATE')
    expect(codeOf(() => setDossier(state, 'N', '1', 'canbo1', 'X', at('08:15')))).toBe('INVALID_STATE')
    expect(codeOf(() => setDossier(state, 'nope', '1', 'canbo1', 'X', at('08:15')))).toBe('NOT_FOUND')
  })
})
