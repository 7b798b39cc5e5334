import { describe, expect, it } from 'vitest'
import { at } from '../../../test/fixtures/queue-builders.ts'
import type { DomainEvent } from '../queue/model.ts'
import { counterDays } from './counter-time.ts'
import { config, DAY } from './hand-made-day.fixture.ts'

describe('counterDays', () => {
  const c1 = { counterId: '1', staffId: 'canbo1' }
  const ev = (type: DomainEvent['type'], hhmm: string, ticketId?: string, data?: Record<string, unknown>): DomainEvent => ({
    type, at: at(hhmm), ...c1, ...(ticketId ? { ticketId } : {}), ...(data ? { data } : {}),
  })

  it('counts a pause never resumed until closing, and a visit only while the counter is open', () => {
    // smallConfig opens 08:00–10:00. Opened early at 07:50 (counts from 08:00); a visit 08:30–08:50;
    // paused at 09:30 without a reason and never resumed: open 90 min, busy 20.
    const [day] = counterDays(config, DAY, [ev('counter_opened', '07:50'), ev('called', '08:30', 'x'), ev('finished', '08:50', 'x'), ev('paused', '09:30')])
    expect(day).toMatchObject({ counterId: '1', openMs: 90 * 60_000, busyMs: 20 * 60_000, pauses: [{ reason: null, count: 1, ms: 30 * 60_000 }] })
  })

  it('ends a visit at a no-show after a recall and at a transfer, and counts nothing for a counter that did nothing', () => {
    const events = [
      ev('counter_opened', '08:00'),
      ev('called', '08:10', 'a'), ev('recalled', '08:12', 'a'), ev('no_show', '08:15', 'a'),
      ev('called', '08:20', 'b'), ev('transferred', '08:24', 'b', { toServiceId: 'B' }),
    ]
    expect(counterDays(config, DAY, events)[0]?.busyMs).toBe((5 + 4) * 60_000)
    expect(counterDays(config, DAY, [])).toEqual([])
  })
})
