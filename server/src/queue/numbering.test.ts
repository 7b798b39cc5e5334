import { describe, expect, it } from 'vitest'
import { aState, aTicket, at, deepFreeze, demoConfig, smallConfig } from '../../../test/fixtures/queue-builders.ts'
import { issueTicket } from './issue-ticket.ts'
import type { QueueState } from './model.ts'
import { formatNumber, nextNumber } from './numbering.ts'

describe('numbering', () => {
  it('pads to at least three digits', () => {
    expect(formatNumber('A', 1)).toBe('A001')
    expect(formatNumber('B', 12)).toBe('B012')
    expect(formatNumber('A', 1000)).toBe('A1000')
    expect(formatNumber('AB', 7)).toBe('AB007')
  })

  it('numbers A001..A010 in issue order, per prefix', () => {
    const config = demoConfig()
    let state: QueueState = deepFreeze(aState(config))
    const numbers: string[] = []
    for (let i = 1; i <= 10; i++) {
      const t = issueTicket(state, config, { id: `a${i}`, serviceId: 'DATDAI', priority: null, kioskId: 'kiosk-1' }, at('08:00'))
      state = deepFreeze(t.state)
      numbers.push(t.result.number)
    }
    const b = issueTicket(state, config, { id: 'b1', serviceId: 'HOTICH', priority: null, kioskId: 'kiosk-1' }, at('08:01'))
    expect(numbers).toEqual(['A001', 'A002', 'A003', 'A004', 'A005', 'A006', 'A007', 'A008', 'A009', 'A010'])
    expect(b.result.number).toBe('B001')
    expect(b.state.sequences).toEqual({ A: 10, B: 1 })
  })

  it('continues from the saved sequences after a restart, even past tickets gone from the list', () => {
    // After a restart the state is read back from disk: sequences say 41 even if fewer tickets remain.
    const state = deepFreeze({ ...aState(smallConfig()), sequences: { A: 41 } })
    expect(nextNumber(state, 'A')).toEqual({ seq: 42, number: 'A042', sequences: { A: 42 } })
    expect(nextNumber({ ...state, sequences: { A: 999 } }, 'A').number).toBe('A1000')
  })

  it('never reuses a number held by a ticket, should sequences lag behind', () => {
    const state = deepFreeze({
      ...aState(smallConfig(), { tickets: [aTicket({ seq: 7 }), aTicket({ serviceId: 'B', seq: 30 })] }),
      sequences: { A: 3 },
    })
    expect(nextNumber(state, 'A').number).toBe('A008')
  })
})
