import { describe, expect, it } from 'vitest'
import { aCounter, aState, aTicket, at, deepFreeze, demoConfig } from '../../../test/fixtures/queue-builders.ts'
import { emptyState, startDay } from './day.ts'
import { SCHEMA_VERSION } from './model.ts'

describe('service day', () => {
  const config = demoConfig()

  it('starts empty with every counter closed', () => {
    const s = emptyState(config, '2026-11-25')
    expect(s).toMatchObject({ schemaVersion: SCHEMA_VERSION, date: '2026-11-25', sequences: {}, tickets: [], eventSeq: 0, lastInstant: 0, idempotency: {} })
    expect(Object.keys(s.counters)).toEqual(['1', '2', '3', '4', '5', '6'])
    expect(s.counters['3']).toEqual({ id: '3', status: 'closed', ticketId: null, priorityInARow: 0, lastFinishedTicketId: null })
  })

  it('rolls to a new day, leaving the previous one as it was and carrying lastInstant', () => {
    const prev = deepFreeze({
      ...aState(config, { tickets: [aTicket({ id: 'w' })], counters: [aCounter('1', { ticketId: 'w' })] }),
      sequences: { A: 12 },
      lastInstant: at('17:05'),
    })
    const t = startDay(prev, config, '2026-11-26', at('07:00', '2026-11-26'))
    expect(t.events).toEqual([])
    expect(t.state).toEqual({ ...emptyState(config, '2026-11-26'), lastInstant: at('07:00', '2026-11-26') })
    expect(startDay(prev, config, '2026-11-26', at('17:00')).state.lastInstant).toBe(at('17:05'))
    expect(prev.tickets[0]?.status).toBe('waiting')
  })
})
