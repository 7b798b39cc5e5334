import type { BreakdownDimension, ReportBreakdown, ReportIndicators, ReportTicketPage } from '@luot/server/contract'
import type { ApiResult } from './api.ts'
import { isErrorCode } from './i18n.ts'
import type { ReportPriority, ReportWeekday } from './report-period.ts'

// GET /api/reports/*, kept out of api.ts so the phone page does not carry the manager's calls.

export interface ReportQuery {
  from: string
  to: string
  serviceId?: string | undefined
  counterId?: string | undefined
  staffId?: string | undefined
  priority?: ReportPriority | undefined
  /** Hour of issue, 0–23. */
  hour?: number | undefined
  weekday?: ReportWeekday | undefined
}

type Params = Record<string, string | number | undefined>

const search = (params: Params): string => {
  const q = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') q.set(key, String(value))
  return q.toString()
}

const get = async <T>(path: string, token: string, params: Params, read: (res: Response) => Promise<T>): Promise<ApiResult<T>> => {
  let res: Response
  try {
    res = await fetch(`/api/reports/${path}?${search(params)}`, { headers: { Authorization: `Bearer ${token}` }, cache: 'no-store' })
  } catch {
    return { ok: false, status: 0, code: 'NETWORK' }
  }
  if (!res.ok) {
    const body: unknown = await res.json().catch(() => null)
    const code = (body as { error?: { code?: unknown } } | null)?.error?.code
    return { ok: false, status: res.status, code: isErrorCode(code) ? code : 'INTERNAL' }
  }
  try {
    return { ok: true, status: res.status, data: await read(res) }
  } catch {
    return { ok: false, status: res.status, code: 'NETWORK' }
  }
}

const json = <T>(res: Response) => res.json() as Promise<T>

export type ExportFormat = 'csv' | 'xlsx'

export const reportApi = {
  indicators: (token: string, q: ReportQuery) => get('indicators', token, { ...q }, json<ReportIndicators>),
  breakdown: (token: string, q: ReportQuery, by: BreakdownDimension) =>
    get('breakdown', token, { ...q, by }, json<ReportBreakdown>),
  tickets: (token: string, q: ReportQuery & { limit: number; offset: number }) =>
    get('tickets', token, { ...q }, json<ReportTicketPage>),
  /** The export needs the bearer token, so it is fetched here rather than followed as a link. */
  exportFile: (token: string, q: ReportQuery, format: ExportFormat) => get('export', token, { ...q, format }, (res) => res.blob()),
}
