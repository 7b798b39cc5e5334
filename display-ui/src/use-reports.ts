import type { BreakdownDimension, ReportBreakdown, ReportFilter, ReportIndicators } from '@luot/server/contract'
import type { ApiErrorCode } from './api.ts'
import { reportApi } from './report-api.ts'
import { trendStep } from './report-period.ts'
import type { ReportQuery } from './report-api.ts'
import { useApi } from './use-api.ts'

export interface ReportData {
  indicators: ReportIndicators | null
  byService: ReportBreakdown | null
  byHour: ReportBreakdown | null
  /** The breakdown the manager chose under "Chia theo". */
  split: ReportBreakdown | null
  /** By day, week or month as the period's length asks (trendStep), for the satisfaction over time. */
  trend: ReportBreakdown | null
  /** The first failure of the calls, if any. */
  error: ApiErrorCode | null
  /** True while the figures on screen are not yet those of `query`. */
  isStale: boolean
}

const FILTER_KEYS = ['serviceId', 'counterId', 'staffId', 'priority', 'hour', 'weekday'] as const

/** The figures of one report: indicators and the three breakdowns the screen draws, for the same query. */
export const useReports = (token: string, query: ReportQuery | null, splitBy: BreakdownDimension): ReportData => {
  const key = query ? JSON.stringify(query) : ''
  const indicators = useApi(query ? () => reportApi.indicators(token, query) : null, `i${key}`)
  const byService = useApi(query ? () => reportApi.breakdown(token, query, 'service') : null, `s${key}`)
  const byHour = useApi(query ? () => reportApi.breakdown(token, query, 'hour') : null, `h${key}`)
  const split = useApi(query ? () => reportApi.breakdown(token, query, splitBy) : null, `${splitBy}${key}`)
  const step = query ? trendStep(query.from, query.to) : 'day'
  const trend = useApi(query ? () => reportApi.breakdown(token, query, step) : null, `t${key}`)
  const same = (view: { from: string; to: string; filter: ReportFilter } | null) =>
    !!view &&
    !!query &&
    view.from === query.from &&
    view.to === query.to &&
    FILTER_KEYS.every((k) => String(view.filter[k] ?? '') === String(query[k] ?? ''))
  return {
    indicators: indicators.data,
    byService: byService.data,
    byHour: byHour.data,
    split: split.data,
    trend: trend.data,
    error: indicators.error ?? byService.error ?? byHour.error ?? split.error ?? trend.error,
    isStale: ![indicators.data, byService.data, byHour.data, split.data, trend.data].every(same) || split.data?.by !== splitBy,
  }
}
