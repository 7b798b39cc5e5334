import { describe, expect, it } from 'vitest'
import { waitDistribution } from './wait-distribution.ts'

const MIN = 60_000

describe('waitDistribution', () => {
  it('puts a wait on an edge in the bucket that starts there, from the exact ms', () => {
    const waits = [0, 5 * MIN - 1, 5 * MIN, 19 * MIN + 59_999, 20 * MIN, 45 * MIN, 60 * MIN - 1, 60 * MIN, 300 * MIN]
    expect(waitDistribution(waits).map((b) => b.count)).toEqual([2, 1, 0, 1, 1, 0, 2, 2])
  })

  it('answers every bucket at zero when nobody was called', () => {
    expect(waitDistribution([]).map((b) => b.count)).toEqual([0, 0, 0, 0, 0, 0, 0, 0])
  })
})
