import { useCallback, useEffect, useRef, useState } from 'react'
import type { ApiErrorCode, ApiResult } from './api.ts'

export interface Resource<T> {
  data: T | null
  error: ApiErrorCode | null
  reload: () => void
}

/**
 * Fetches `load` on mount and on each `reload`. Keeps the last good data on a failed reload, so a
 * screen does not go blank during a short outage; answers that arrive out of order are dropped.
 */
export const useApi = <T>(load: (() => Promise<ApiResult<T>>) | null, key: string): Resource<T> => {
  const [data, setData] = useState<T | null>(null)
  const [error, setError] = useState<ApiErrorCode | null>(null)
  const [tick, setTick] = useState(0)
  const loadRef = useRef(load)
  const seq = useRef(0)
  useEffect(() => {
    loadRef.current = load
  })
  useEffect(() => {
    const run = loadRef.current
    if (!run) return undefined
    const mine = ++seq.current
    let isLive = true
    void run().then((res) => {
      if (!isLive || mine !== seq.current) return
      if (res.ok) {
        setData(res.data)
        setError(null)
      } else setError(res.code)
    })
    return () => {
      isLive = false
    }
  }, [key, tick])
  const reload = useCallback(() => setTick((n) => n + 1), [])
  return { data, error, reload }
}
