import { describe, expect, it } from 'vitest'
import { demoConfig } from '../../../test/fixtures/queue-builders.ts'
import { DbSchema } from '../store/db-schema.ts'
import { workingDays } from './generate-history.ts'
import { createPrng } from './prng.ts'
import { simulateDay } from './simulate-day.ts'

describe('demo history', () => {
  const config = demoConfig()

  it('is deterministic for a seed, and another seed gives another day', () => {
    const a = simulateDay(config, '2026-11-24', { perDay: 120, seed: 's' })
    const b = simulateDay(config, '2026-11-24', { perDay: 120, seed: 's' })
    expect(JSON.stringify(a)).toBe(JSON.stringify(b))
    expect(JSON.stringify(simulateDay(config, '2026-11-24', { perDay: 120, seed: 't' }))).not.toBe(JSON.stringify(a))
    expect(createPrng('x').next()).toBe(createPrng('x').next())
  })

  it('runs the real rules into a state the store accepts, with plausible traffic', () => {
    const day = simulateDay(config, '2026-11-24', { perDay: 180, seed: 's' })!
    expect(DbSchema.safeParse(day.state).success).toBe(true)
    expect(day.events.map((e) => e.seq)).toEqual(day.events.map((_, i) => i + 1))
    expect(day.events.every((e, i) => i === 0 || e.at >= day.events[i - 1]!.at)).toBe(true)
    const served = day.state.tickets.filter((t) => t.status === 'done').length
    expect(day.state.tickets.length).toBeGreaterThan(100)
    expect(served / day.state.tickets.length).toBeGreaterThan(0.8)
    expect(day.state.tickets.some((t) => t.rating?.score === 1 && t.rating.reasons.length > 0)).toBe(true)
    expect(day.state.tickets.some((t) => t.dossierCode)).toBe(true)
    expect(Object.values(day.state.counters).every((c) => c.status === 'closed')).toBe(true)
  })

  it('skips holidays and closed days', () => {
    expect(simulateDay(config, '2026-11-29', { perDay: 180, seed: 's' })).toBeNull() // a Sunday
    expect(workingDays(config, '2026-09-03', 3)).toEqual(['2026-08-29', '2026-08-31', '2026-09-03'])
  })
})
