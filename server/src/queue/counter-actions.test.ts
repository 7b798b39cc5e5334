import { describe, expect, it } from 'vitest'
import { aCounter, aState, at, codeOf, deepFreeze, smallConfig } from '../../../test/fixtures/queue-builders.ts'
import { closeCounter, openCounter, pauseCounter, resumeCounter } from './counter-actions.ts'

const config = smallConfig()

describe('counter actions', () => {
  it('pauses an open counter, keeping its current ticket, and resumes it', () => {
    const state = deepFreeze(aState(config, { counters: [aCounter('1', { ticketId: 'C' })] }))
    const paused = pauseCounter(state, '1', 'canbo1', 'họp', at('10:00'))
    expect(paused.result).toMatchObject({ status: 'paused', ticketId: 'C', pauseReason: 'họp', staffId: 'canbo1' })
    expect(paused.events).toEqual([{ type: 'paused', at: at('10:00'), counterId: '1', staffId: 'canbo1', data: { reason: 'họp' } }])
    const resumed = resumeCounter(deepFreeze(paused.state), '1', 'canbo1', at('10:15'))
    expect(resumed.result).toMatchObject({ status: 'open', ticketId: 'C' })
    expect(resumed.result).not.toHaveProperty('pauseReason')
    expect(resumed.events).toMatchObject([{ type: 'resumed', counterId: '1', data: { from: 'paused', reason: 'họp' } }])
  })

  it('pauses a closed counter, and refuses to pause twice or resume an open one', () => {
    const state = deepFreeze(aState(config))
    const paused = pauseCounter(state, '2', 'canbo2', undefined, at('10:00'))
    expect(paused.result.status).toBe('paused')
    expect(paused.result).not.toHaveProperty('pauseReason')
    expect(codeOf(() => pauseCounter(paused.state, '2', 'canbo2', undefined, at('10:01')))).toBe('INVALID_STATE')
    expect(resumeCounter(state, '2', 'canbo2', at('10:00')).result.status).toBe('open')
    const open = deepFreeze(aState(config, { counters: [aCounter('1')] }))
    expect(codeOf(() => resumeCounter(open, '1', 'canbo1', at('10:00')))).toBe('INVALID_STATE')
    expect(codeOf(() => pauseCounter(open, '9', 'x', undefined, at('10:00')))).toBe('NOT_FOUND')
  })

  it('opens at login and closes at logout, keeping the current ticket', () => {
    const state = deepFreeze(aState(config))
    const opened = openCounter(state, '1', 'canbo1', at('07:25'))
    expect(opened.result).toMatchObject({ status: 'open', staffId: 'canbo1' })
    expect(opened.events).toEqual([{ type: 'counter_opened', at: at('07:25'), counterId: '1', staffId: 'canbo1' }])
    const withTicket = deepFreeze({ ...opened.state, counters: { ...opened.state.counters, '1': aCounter('1', { ticketId: 'C', staffId: 'canbo1' }) } })
    const closed = closeCounter(withTicket, '1', 'canbo1', at('11:30'))
    expect(closed.result).toEqual(aCounter('1', { status: 'closed', ticketId: 'C' }))
    expect(closed.events).toEqual([])
  })

  it('leaves a paused counter paused at a second login', () => {
    const state = deepFreeze(aState(config, { counters: [aCounter('1', { status: 'paused' })] }))
    const t = openCounter(state, '1', 'canbo1', at('09:00'))
    expect(t.result.status).toBe('paused')
    expect(t.events).toEqual([])
  })
})
