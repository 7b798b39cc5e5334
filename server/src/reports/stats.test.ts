import { describe, expect, it } from 'vitest'
import { durationStats, nearestRank, percent, tenths } from './stats.ts'

const min = (m: number) => m * 60_000

describe('stats', () => {
  it('takes median and p90 by nearest rank', () => {
    // n = 10: median is the 5th value, p90 the 9th.
    const ten = Array.from({ length: 10 }, (_, i) => min(i + 1))
    expect(durationStats(ten)).toEqual({ count: 10, mean: 5.5, median: 5, p90: 9, max: 10 })
    // n = 4: median rank ceil(2) = 2, p90 rank ceil(3.6) = 4.
    expect(durationStats([min(4), min(1), min(3), min(2)])).toMatchObject({ median: 2, p90: 4, max: 4, mean: 2.5 })
    // n = 1: every percentile is the value.
    expect(durationStats([min(7)])).toMatchObject({ median: 7, p90: 7 })
    expect(nearestRank([], 90)).toBe(0)
  })

  it('rounds to 0.1 minute in one step, half-way up', () => {
    expect(tenths(177_000)).toBe(3) // 2.95 min
    expect(tenths(176_999)).toBe(2.9)
    expect(tenths(0)).toBe(0)
  })

  it('answers zeros without values and null percentages without a denominator', () => {
    expect(durationStats([])).toEqual({ count: 0, mean: 0, median: 0, p90: 0, max: 0 })
    expect(percent(1, 0)).toBeNull()
    expect(percent(2, 3)).toBe(66.7)
  })
})
