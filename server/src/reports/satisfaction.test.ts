import { describe, expect, it } from 'vitest'
import { aTicket, at } from '../../../test/fixtures/queue-builders.ts'
import type { Ticket } from '../queue/model.ts'
import { aggregateDay } from './day-aggregate.ts'
import { config, DAY, events, tickets } from './hand-made-day.fixture.ts'
import { indicators } from './indicators.ts'
import { MIN_RATINGS_TO_RANK } from './satisfaction.ts'
import { summarize } from './summary.ts'

const report = (list: Ticket[]) => indicators(config, DAY, DAY, {}, { days: [aggregateDay(config, DAY, list, [])], today: '2026-11-26' })

/** A finished ticket served by `staffId` at `counterId`, rated `score` (0: not rated), with a dossier code or not. */
const served = (staffId: string, counterId: string, score: number, hasDossier = false): Ticket =>
  aTicket({
    issuedAt: at('08:00'), firstCalledAt: at('08:05'), calledAt: at('08:05'), finishedAt: at('08:15'), status: 'done', staffId, counterId,
    ...(score > 0 ? { rating: { score: score as 1 | 2 | 3 | 4, reasons: score === 1 ? ['Chờ lâu'] : [], at: at('08:16'), source: 'tablet' as const } } : {}),
    ...(hasDossier ? { dossierCode: '000.00.12.H26-261125-0001' } : {}),
  })

describe('satisfaction', () => {
  it('reports no ratings as no rate at all, not as 0 %, with a coverage of 0 %', () => {
    // The hand-made day without its two ratings: three served, none rated, one dossier.
    const r = indicators(config, DAY, DAY, {}, {
      days: [aggregateDay(config, DAY, tickets.map(({ rating: _, ...t }) => t), events)],
      today: '2026-11-26',
    })
    const s = r.satisfactionDetail
    expect(s).toMatchObject({ ratings: 0, served: 3, coveragePercent: 0, satisfiedPercent: null, topReasonsForScore1: [], byStaff: [], byCounter: [] })
    expect(s.distribution.map((d) => [d.label, d.count, d.percent])).toEqual([
      ['Rất hài lòng', 0, null], ['Hài lòng', 0, null], ['Bình thường', 0, null], ['Không hài lòng', 0, null],
    ])
    expect(r.satisfaction).toEqual({ ratings: 0, satisfiedPercent: null, coveragePercent: 0 })
    expect(r.dossiers).toMatchObject({ dossiers: 1, rated: 0, estimatePercent: null, isMet: null })
    expect(summarize(config, DAY, DAY, { days: [aggregateDay(config, DAY, [], [])], today: '2026-11-26' }).satisfaction).toEqual({ ratings: 0, satisfiedPercent: null })
  })

  it('takes the top two levels over all ratings, and coverage over the tickets served', () => {
    const r = report([served('a', '1', 4), served('a', '1', 3), served('a', '1', 2), served('a', '1', 1), served('a', '1', 0)])
    expect(r.satisfactionDetail).toMatchObject({ ratings: 4, served: 5, satisfiedPercent: 50, coveragePercent: 80 })
    expect(r.satisfactionDetail.distribution.map((d) => d.percent)).toEqual([25, 25, 25, 25])
  })

  it(`ranks staff and counters by satisfied share only from ${MIN_RATINGS_TO_RANK} ratings, ties sharing a rank`, () => {
    const n = MIN_RATINGS_TO_RANK
    const many = (staffId: string, counterId: string, satisfied: number, total: number) =>
      Array.from({ length: total }, (_, i) => served(staffId, counterId, i < satisfied ? 4 : 1))
    // a and b tie at 100 %, c has 50 % over enough ratings, d has 100 % but one rating short.
    const r = report([...many('a', '1', n, n), ...many('b', '2', n + 5, n + 5), ...many('c', '3', n / 2, n), ...many('d', '4', n - 1, n - 1)])
    expect(r.satisfactionDetail.byStaff.map((g) => [g.id, g.ratings, g.satisfiedPercent, g.rank])).toEqual([
      ['a', n, 100, 1],
      ['b', n + 5, 100, 1],
      ['c', n, 50, 3],
      ['d', n - 1, 100, null],
    ])
    expect(r.satisfactionDetail.byCounter.map((g) => g.rank)).toEqual([1, 1, 3, null])
    expect(r.satisfactionDetail.topReasonsForScore1).toEqual([{ reason: 'Chờ lâu', count: n / 2 }])
  })

  it('estimates the 766 figure on rated dossiers only: 1 − share rated "không hài lòng", against 90 %', () => {
    // 10 rated dossiers, one dissatisfied: 90 %, on the line; a dissatisfied ticket without a dossier does not count.
    const list = [...Array.from({ length: 9 }, () => served('a', '1', 3, true)), served('a', '1', 1, true), served('a', '1', 1), served('a', '1', 0, true)]
    expect(report(list).dossiers).toMatchObject({ dossiers: 11, rated: 10, dissatisfied: 1, estimatePercent: 90, targetPercent: 90, isMet: true })
    expect(report([...list, served('a', '1', 1, true)]).dossiers).toMatchObject({ rated: 11, dissatisfied: 2, estimatePercent: 81.8, isMet: false })
    expect(report(list).dossiers.label).toMatch(/Ước tính nội bộ.*766.*không phải chỉ số chính thức/)
  })
})
