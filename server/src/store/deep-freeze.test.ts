import { describe, expect, it } from 'vitest'
import { deepFreeze } from './deep-freeze.ts'

describe('deepFreeze', () => {
  it('freezes nested objects and arrays', () => {
    const value = deepFreeze({ a: { b: [{ c: 1 }] } })
    expect(Object.isFrozen(value.a.b[0])).toBe(true)
    expect(Object.isFrozen(value.a.b)).toBe(true)
  })

  it('stops at objects already frozen, so shared history is not walked again', () => {
    const old = deepFreeze({ tickets: [{ id: 't1' }] })
    const fresh = { id: 't2' }
    const next = deepFreeze({ tickets: old.tickets, added: fresh })
    expect(next.tickets).toBe(old.tickets)
    expect(Object.isFrozen(fresh)).toBe(true)
    const shallow = Object.freeze({ inner: { x: 1 } })
    deepFreeze(shallow)
    expect(Object.isFrozen(shallow.inner)).toBe(false) // documented limit: frozen elsewhere means skipped
  })
})
