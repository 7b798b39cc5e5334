import { describe, expect, it } from 'vitest'
import { aQueueState, aTicket } from '../../../test/fixtures/store-state.ts'
import { MIGRATIONS, migrate } from './migrate.ts'
import type { Migration } from './migrate.ts'

describe('migrate', () => {
  it('has no step yet: version 1 is the first format', () => {
    expect(MIGRATIONS).toEqual([])
    const state = aQueueState({ tickets: [aTicket(1)] })
    expect(migrate(JSON.parse(JSON.stringify(state)))).toEqual(state)
  })

  it('accepts the optional fields of the model', () => {
    const ticket = aTicket(1, {
      status: 'done',
      calledAt: 1,
      firstCalledAt: 1,
      startedAt: 2,
      finishedAt: 3,
      counterId: 'c1',
      staffId: 's1',
      dossierCode: 'HS-1',
      rating: { score: 4, reasons: [], at: 4, source: 'phone' },
      transfers: [{ fromServiceId: 'A', toServiceId: 'B', counterId: 'c1', at: 1 }],
    })
    const state = aQueueState({ tickets: [ticket] })
    expect(migrate(state)).toEqual(state)
  })

  it('refuses unknown keys, wrong types and bad versions', () => {
    expect(() => migrate({ ...aQueueState(), extra: 1 })).toThrow()
    expect(() => migrate(aQueueState({ tickets: [aTicket(1, { extra: true } as object)] }))).toThrow()
    expect(() => migrate(aQueueState({ date: '3/3/2025' }))).toThrow()
    expect(() => migrate({ ...aQueueState(), schemaVersion: 2 })).toThrow('written by a newer Lượt')
    expect(() => migrate({ ...aQueueState(), schemaVersion: undefined })).toThrow('schemaVersion is missing')
    expect(() => migrate([])).toThrow('not a JSON object')
  })

  it('runs the steps in order from the stored version', () => {
    // A made-up history: version 0 had no idempotency records.
    const steps: Migration[] = [{ from: 0, up: (doc) => ({ ...doc, idempotency: {} }) }]
    const { idempotency: _dropped, ...v1 } = aQueueState({ tickets: [aTicket(1)] })
    const v0 = { ...v1, schemaVersion: 0 }
    const frozen = Object.freeze(v0)
    expect(migrate(frozen, steps, 1)).toEqual(aQueueState({ tickets: [aTicket(1)] }))
    expect(() => migrate(v0, [], 1)).toThrow('no migration from schemaVersion 0')
  })
})
