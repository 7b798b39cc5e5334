import type { DossierEstimate, RatedGroup, SatisfactionReport } from '../contract/reports.ts'
import type { OfficeConfig } from '../config/schema.ts'
import { counterOf, reasonsOf, staffOf, statusOf, valueOf } from './facts.ts'
import type { FactRef } from './facts.ts'
import { percent } from './stats.ts'

/** Below this many ratings a staff member or counter is shown but not ranked: a few ratings say little. */
export const MIN_RATINGS_TO_RANK = 30
/** Quyết định 766/QĐ-TTg: the satisfaction component is met at 90 % and above. */
export const DOSSIER_TARGET_PERCENT = 90
export const SCORE_LABELS = { 4: 'Rất hài lòng', 3: 'Hài lòng', 2: 'Bình thường', 1: 'Không hài lòng' } as const
const DOSSIER_LABEL =
  'Ước tính nội bộ theo cách tính của Quyết định 766/QĐ-TTg (1 − tỷ lệ hồ sơ được đánh giá "không hài lòng"), không phải chỉ số chính thức'

interface Tally {
  ratings: number
  satisfied: number
}

export interface SatisfactionAcc {
  served: number
  scores: [number, number, number, number, number]
  reasons1: Map<string, number>
  byStaff: Map<string, Tally>
  byCounter: Map<string, Tally>
  dossiers: { dossiers: number; rated: number; dissatisfied: number }
}

export function newSatisfactionAcc(): SatisfactionAcc {
  return { served: 0, scores: [0, 0, 0, 0, 0], reasons1: new Map(), byStaff: new Map(), byCounter: new Map(), dossiers: { dossiers: 0, rated: 0, dissatisfied: 0 } }
}

function tally(map: Map<string, Tally>, key: string | null, isSatisfied: boolean): void {
  if (key === null) return
  const t = map.get(key) ?? { ratings: 0, satisfied: 0 }
  t.ratings++
  if (isSatisfied) t.satisfied++
  map.set(key, t)
}

export function addSatisfaction(acc: SatisfactionAcc, ref: FactRef): void {
  if (statusOf(ref) === 'done') acc.served++
  const score = valueOf(ref, 'score')
  const hasDossier = valueOf(ref, 'hasDossier') === 1
  if (hasDossier) acc.dossiers.dossiers++
  if (score < 1 || score > 4) return
  acc.scores[score]!++
  tally(acc.byStaff, staffOf(ref), score >= 3)
  tally(acc.byCounter, counterOf(ref), score >= 3)
  if (score === 1) for (const reason of reasonsOf(ref)) acc.reasons1.set(reason, (acc.reasons1.get(reason) ?? 0) + 1)
  if (hasDossier) {
    acc.dossiers.rated++
    if (score === 1) acc.dossiers.dissatisfied++
  }
}

/** Competition ranking ("1, 1, 3") by satisfied share, only among groups with enough ratings. */
function ranked(map: Map<string, Tally>, nameOf: (id: string) => string): RatedGroup[] {
  const rows = [...map].map(([id, t]) => ({ id, name: nameOf(id), ratings: t.ratings, satisfiedPercent: percent(t.satisfied, t.ratings), rank: null as number | null }))
  const eligible = rows.filter((r) => r.ratings >= MIN_RATINGS_TO_RANK).sort((a, b) => (b.satisfiedPercent ?? 0) - (a.satisfiedPercent ?? 0))
  eligible.forEach((r, i) => {
    const prev = eligible[i - 1]
    r.rank = prev && prev.satisfiedPercent === r.satisfiedPercent ? prev.rank : i + 1
  })
  return rows.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || (a.id < b.id ? -1 : 1))
}

export function satisfactionOf(acc: SatisfactionAcc, config: OfficeConfig): SatisfactionReport {
  const [, s1, s2, s3, s4] = acc.scores
  const ratings = s1 + s2 + s3 + s4
  const staffName = (id: string) => config.users.find((u) => u.username === id)?.name ?? id
  const counterName = (id: string) => config.counters.find((k) => k.id === id)?.name ?? id
  return {
    ratings,
    satisfiedPercent: percent(s3 + s4, ratings),
    served: acc.served,
    coveragePercent: percent(ratings, acc.served),
    distribution: ([4, 3, 2, 1] as const).map((score) => ({ score, label: SCORE_LABELS[score], count: acc.scores[score], percent: percent(acc.scores[score], ratings) })),
    topReasonsForScore1: [...acc.reasons1]
      .map(([reason, count]) => ({ reason, count }))
      .sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : 1))
      .slice(0, 10),
    minRatingsToRank: MIN_RATINGS_TO_RANK,
    byStaff: ranked(acc.byStaff, staffName),
    byCounter: ranked(acc.byCounter, counterName),
  }
}

export function dossierEstimate(acc: SatisfactionAcc): DossierEstimate {
  const { dossiers, rated, dissatisfied } = acc.dossiers
  const estimatePercent = percent(rated - dissatisfied, rated)
  return {
    dossiers,
    rated,
    dissatisfied,
    estimatePercent,
    targetPercent: DOSSIER_TARGET_PERCENT,
    isMet: estimatePercent === null ? null : estimatePercent >= DOSSIER_TARGET_PERCENT,
    label: DOSSIER_LABEL,
  }
}
