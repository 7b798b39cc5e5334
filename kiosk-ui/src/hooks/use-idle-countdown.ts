import { useEffect, useRef, useState } from 'react'

const TICK_MS = 250

/**
 * Seconds left before `onExpire`, restarted by any touch and whenever `resetKey` changes.
 * `seconds` null disables it. A kiosk left mid-way must be clean for the next citizen.
 */
export function useIdleCountdown(seconds: number | null, resetKey: unknown, onExpire: () => void): number | null {
  const [left, setLeft] = useState(seconds)
  // A new screen starts from its full time at once, not after the first tick (no stale number shown).
  const [started, setStarted] = useState({ resetKey, seconds })
  if (started.resetKey !== resetKey || started.seconds !== seconds) {
    setStarted({ resetKey, seconds })
    setLeft(seconds)
  }
  const expire = useRef(onExpire)
  useEffect(() => {
    expire.current = onExpire
  }, [onExpire])

  useEffect(() => {
    if (seconds === null) return
    let deadline = Date.now() + seconds * 1000
    const tick = () => {
      const remaining = Math.ceil((deadline - Date.now()) / 1000)
      if (remaining > 0) {
        setLeft(remaining)
        return
      }
      clearInterval(timer)
      expire.current()
    }
    const onTouch = () => {
      deadline = Date.now() + seconds * 1000
      tick()
    }
    const timer = setInterval(tick, TICK_MS)
    window.addEventListener('pointerdown', onTouch)
    window.addEventListener('keydown', onTouch)
    return () => {
      clearInterval(timer)
      window.removeEventListener('pointerdown', onTouch)
      window.removeEventListener('keydown', onTouch)
    }
  }, [seconds, resetKey])

  return left
}
