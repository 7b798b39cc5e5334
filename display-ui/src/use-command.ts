import { useCallback, useEffect, useRef, useState } from 'react'
import type { ApiErrorCode, ApiResult } from './api.ts'

export interface CommandRunner {
  /** Runs `command` unless one is already in flight: a double click never sends twice. */
  run: <T>(command: () => Promise<ApiResult<T>>, onOk?: (res: { status: number; data: T }) => void) => Promise<void>
  isBusy: boolean
  error: ApiErrorCode | null
  clearError: () => void
}

// After an answer, presses are ignored a little longer (buttons stay disabled): the second half of a
// double click or a double tap on Space would otherwise finish the citizen just called and call the next.
const SETTLE_MS = 500

export const useCommand = (onError?: (code: ApiErrorCode) => void): CommandRunner => {
  const inFlight = useRef(false)
  const [isBusy, setBusy] = useState(false)
  const [error, setError] = useState<ApiErrorCode | null>(null)
  const onErrorRef = useRef(onError)
  useEffect(() => {
    onErrorRef.current = onError
  })

  const run = useCallback(
    async <T,>(command: () => Promise<ApiResult<T>>, onOk?: (res: { status: number; data: T }) => void) => {
      // The ref, not the state: two clicks in one frame both see the state still false.
      if (inFlight.current) return
      inFlight.current = true
      setBusy(true)
      setError(null)
      try {
        const res = await command()
        if (res.ok) onOk?.(res)
        else {
          setError(res.code)
          onErrorRef.current?.(res.code)
        }
      } finally {
        setTimeout(() => {
          inFlight.current = false
          setBusy(false)
        }, SETTLE_MS)
      }
    },
    [],
  )
  return { run, isBusy, error, clearError: useCallback(() => setError(null), []) }
}
