import { describe, expect, it } from 'vitest'
import { decodeStatus } from './decode-status.ts'

// 0x12 is the "all clear" answer (fixed bits 1 and 4 only) to each of DLE EOT 1, 2 and 4.
const CLEAR = 0x12

describe('decodeStatus', () => {
  it.each([
    ['ok', { printer: CLEAR, offlineCause: CLEAR, paper: CLEAR }],
    ['offline', { printer: CLEAR | 0x08, offlineCause: CLEAR | 0x40, paper: CLEAR }],
    ['cover_open', { printer: CLEAR | 0x08, offlineCause: CLEAR | 0x04, paper: CLEAR }],
    ['paper_out', { printer: CLEAR | 0x08, offlineCause: CLEAR | 0x20, paper: CLEAR | 0x60 }],
    ['paper_out', { printer: CLEAR | 0x08, offlineCause: CLEAR, paper: CLEAR | 0x6c }],
    ['paper_near_end', { printer: CLEAR, offlineCause: CLEAR, paper: CLEAR | 0x0c }],
    ['cover_open', { printer: CLEAR | 0x08, offlineCause: CLEAR | 0x24, paper: CLEAR | 0x60 }],
  ] as const)('decodes %s', (state, bytes) => {
    expect(decodeStatus(bytes)).toBe(state)
  })

  it('says unknown, never ok, on silence or a partial answer', () => {
    expect(decodeStatus({})).toBe('unknown')
    expect(decodeStatus({ printer: CLEAR })).toBe('unknown')
    expect(decodeStatus({ printer: CLEAR, offlineCause: CLEAR })).toBe('unknown')
  })

  it('ignores bytes that are not status answers', () => {
    expect(decodeStatus({ printer: 0xff, offlineCause: CLEAR, paper: CLEAR })).toBe('unknown')
    expect(decodeStatus({ printer: 0x00, offlineCause: 0x00, paper: 0x00 })).toBe('unknown')
  })
})
