import type { ReportBreakdown, ReportIndicators } from '@luot/server/contract'
import type { ApiErrorCode } from './api.ts'
import { reportApi } from './report-api.ts'
import type { ReportQuery } from './report-api.ts'
import { useApi } from './use-api.ts'

export interface ReportData {
  indicators: ReportIndicators | null
  byService: ReportBreakdown | null
  byCounter: ReportBreakdown | null
  byHour: ReportBreakdown | null
  /** The first failure of the four calls, if any. */
  error: ApiErrorCode | null
  /** True while the figures on screen are not yet those of `query`. */
  isStale: boolean
}

/** The figures of one report: indicators and the three breakdowns the screen draws, for the same query. */
export const useReports = (token: string, query: ReportQuery | null): ReportData => {
  const key = query ? JSON.stringify(query) : ''
  const indicators = useApi(query ? () => reportApi.indicators(token, query) : null, `i${key}`)
  const byService = useApi(query ? () => reportApi.breakdown(token, query, 'service') : null, `s${key}`)
  const byCounter = useApi(query ? () => reportApi.breakdown(token, query, 'counter') : null, `c${key}`)
  const byHour = useApi(query ? () => reportApi.breakdown(token, query, 'hour') : null, `h${key}`)
  const same = (view: { from: string; to: string; filter: { serviceId?: string; counterId?: string } } | null) =>
    !!view &&
    !!query &&
    view.from === query.from &&
    view.to === query.to &&
    (view.filter.serviceId ?? '') === (query.serviceId ?? '') &&
    (view.filter.counterId ?? '') === (query.counterId ?? '')
  return {
    indicators: indicators.data,
    byService: byService.data,
    byCounter: byCounter.data,
    byHour: byHour.data,
    error: indicators.error ?? byService.error ?? byCounter.error ?? byHour.error,
    isStale: ![indicators.data, byService.data, byCounter.data, byHour.data].every(same),
  }
}
