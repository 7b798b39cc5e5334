import { useCallback, useEffect, useRef } from 'react'

/** `fn` at most once per `ms` burst: several socket events for one press cause one fetch. */
export const useDebounced = (fn: () => void, ms: number): (() => void) => {
  const fnRef = useRef(fn)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  useEffect(() => {
    fnRef.current = fn
  })
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current)
    },
    [],
  )
  return useCallback(() => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = setTimeout(() => {
      timer.current = null
      fnRef.current()
    }, ms)
  }, [ms])
}
