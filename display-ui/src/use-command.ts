import { useCallback, useEffect, useRef, useState } from 'react'
import type { ApiErrorCode, ApiResult } from './api.ts'

export interface CommandRunner {
  /**
   * Runs `command` unless one is already in flight: a double click never sends twice. `kind` names the
   * command (next, finish, …) for a runner that settles per kind.
   */
  run: <T>(command: () => Promise<ApiResult<T>>, onOk?: (res: { status: number; data: T }) => void, kind?: string) => Promise<void>
  isBusy: boolean
  /** With `settle: 'same'`: the kind of command that just answered and cannot run again yet, else null. */
  settlingKind: string | null
  error: ApiErrorCode | null
  clearError: () => void
}

// After an answer, presses are ignored a little longer: the second half of a double click or a double tap
// on Space would otherwise finish the citizen just called and call the next.
const SETTLE_MS = 500

/**
 * `settle: 'all'` (default): nothing runs until SETTLE_MS after an answer, and `isBusy` stays true meanwhile.
 * `settle: 'same'`: only the same kind of command waits out SETTLE_MS, so a second press of the same key is
 * dropped but staff typing S then F at speed get both; `isBusy` is true only while a command is in flight.
 */
export const useCommand = (onError?: (code: ApiErrorCode) => void, settle: 'all' | 'same' = 'all'): CommandRunner => {
  const inFlight = useRef(false)
  const settling = useRef<{ kind: string; until: number } | null>(null)
  const [isBusy, setBusy] = useState(false)
  const [settlingKind, setSettlingKind] = useState<string | null>(null)
  const [error, setError] = useState<ApiErrorCode | null>(null)
  const onErrorRef = useRef(onError)
  useEffect(() => {
    onErrorRef.current = onError
  })

  const run = useCallback(
    async <T,>(command: () => Promise<ApiResult<T>>, onOk?: (res: { status: number; data: T }) => void, kind = '') => {
      // The ref, not the state: two clicks in one frame both see the state still false.
      if (inFlight.current) return
      const last = settling.current
      if (last && last.kind === kind && performance.now() < last.until) return
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
        if (settle === 'same') {
          const mark = { kind, until: performance.now() + SETTLE_MS }
          settling.current = mark
          inFlight.current = false
          setBusy(false)
          setSettlingKind(kind)
          setTimeout(() => {
            if (settling.current === mark) setSettlingKind(null)
          }, SETTLE_MS)
        } else {
          setTimeout(() => {
            inFlight.current = false
            setBusy(false)
          }, SETTLE_MS)
        }
      }
    },
    [settle],
  )
  return { run, isBusy, settlingKind, error, clearError: useCallback(() => setError(null), []) }
}
