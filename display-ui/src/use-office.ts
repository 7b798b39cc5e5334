import { useMemo } from 'react'
import type { OfficeView, ServiceView } from '@luot/server/contract'
import { api } from './api.ts'
import type { ApiResult } from './api.ts'
import type { LiveSnapshot, Live } from './live.ts'
import { useApi } from './use-api.ts'
import { useOnConnect } from './use-live.ts'

export interface OfficeInfo {
  office: OfficeView | null
  services: ServiceView[]
  serviceName: (serviceId: string) => string
  /** From GET /api/office `now`, until the socket's `state` gives a fresher one. */
  clockOffsetMs: number
}

export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh'

const loadOffice = async (): Promise<ApiResult<{ view: OfficeView; offsetMs: number }>> => {
  const res = await api.office()
  if (!res.ok) return res
  const serverMs = Date.parse(res.data.now)
  return { ...res, data: { view: res.data, offsetMs: Number.isFinite(serverMs) ? serverMs - Date.now() : 0 } }
}

/** Office name, time zone and service names; fetched again after each reconnect (config may change). */
export const useOfficeInfo = (live: Live | null): OfficeInfo => {
  const office = useApi(loadOffice, 'office')
  const services = useApi(api.services, 'services')
  useOnConnect(live, () => {
    office.reload()
    services.reload()
  })
  return useMemo(() => {
    const list = services.data ?? []
    const names = new Map(list.map((s) => [s.id, s.name]))
    return {
      office: office.data?.view ?? null,
      services: list,
      serviceName: (id: string) => names.get(id) ?? id,
      clockOffsetMs: office.data?.offsetMs ?? 0,
    }
  }, [office.data, services.data])
}

/** The best server-clock offset known: the socket's `state`, else the office fetch. */
export const clockOffset = (snap: LiveSnapshot, info: OfficeInfo): number =>
  snap.office ? snap.clockOffsetMs : info.clockOffsetMs
