import { describe, expect, it } from 'vitest'
import { aCounter, aState, aTicket, at, codeOf, deepFreeze, smallConfig } from '../../../test/fixtures/queue-builders.ts'
import { rateAtCounter, rateTicket } from './rating.ts'

const config = smallConfig()
const done = aTicket({ id: 'D', number: 'A004', status: 'done', counterId: '1', finishedAt: at('08:30') })
const state = deepFreeze(
  aState(config, {
    counters: [aCounter('1', { lastFinishedTicketId: 'D' }), aCounter('2')],
    tickets: [done, aTicket({ id: 'W' })],
  }),
)

describe('rateTicket', () => {
  it('rates a finished ticket once', () => {
    const t = rateTicket(state, 'D', { score: 4, reasons: [], comment: 'Cán bộ nhiệt tình' }, 'phone', at('08:35'))
    expect(t.result.rating).toEqual({ score: 4, reasons: [], comment: 'Cán bộ nhiệt tình', at: at('08:35'), source: 'phone' })
    expect(t.events).toEqual([
      {
        type: 'rated',
        at: at('08:35'),
        ticketId: 'D',
        number: 'A004',
        serviceId: 'A',
        counterId: '1',
        data: { score: 4, reasons: [], source: 'phone', comment: 'Cán bộ nhiệt tình' },
      },
    ])
    expect(codeOf(() => rateTicket(deepFreeze(t.state), 'D', { score: 1 }, 'phone', at('08:36')))).toBe('ALREADY_RATED')
  })

  it('refuses a ticket not finished and an unknown one', () => {
    expect(codeOf(() => rateTicket(state, 'W', { score: 3 }, 'phone', at('08:35')))).toBe('INVALID_STATE')
    expect(codeOf(() => rateTicket(state, 'nope', { score: 3 }, 'phone', at('08:35')))).toBe('NOT_FOUND')
  })
})

describe('rateAtCounter', () => {
  it('rates the ticket last finished at that counter', () => {
    const t = rateAtCounter(state, '1', { score: 2, reasons: ['Chờ lâu'], number: 'A004' }, at('08:31'))
    expect(t.result.rating).toEqual({ score: 2, reasons: ['Chờ lâu'], at: at('08:31'), source: 'tablet' })
    expect(rateAtCounter(state, '1', { score: 3 }, at('08:31')).result.id).toBe('D')
    expect(codeOf(() => rateAtCounter(deepFreeze(t.state), '1', { score: 3 }, at('08:32')))).toBe('ALREADY_RATED')
  })

  it('refuses when nothing was finished there, or another ticket finished since', () => {
    expect(codeOf(() => rateAtCounter(state, '2', { score: 3 }, at('08:31')))).toBe('INVALID_STATE')
    expect(codeOf(() => rateAtCounter(state, '1', { score: 3, number: 'A003' }, at('08:31')))).toBe('INVALID_STATE')
    expect(codeOf(() => rateAtCounter(state, '9', { score: 3 }, at('08:31')))).toBe('NOT_FOUND')
  })
})
