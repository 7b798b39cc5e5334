import { describe, expect, it } from 'vitest'
import { intersect, measure, subtract, union } from './spans.ts'

describe('spans', () => {
  it('merges, cuts and measures half-open spans', () => {
    expect(union([[5, 8], [1, 3], [3, 4], [7, 9], [6, 6]])).toEqual([[1, 4], [5, 9]])
    expect(intersect([[0, 10], [20, 30]], [[5, 25]])).toEqual([[5, 10], [20, 25]])
    expect(subtract([[0, 10]], [[2, 3], [8, 12], [-5, 1]])).toEqual([[1, 2], [3, 8]])
    expect(measure(subtract([[0, 10]], [[0, 10]]))).toBe(0)
  })
})
