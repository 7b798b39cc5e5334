import { useEffect, useState } from 'react'
import { useKiosk } from '../store.ts'

/** Server time in epoch ms, ticking every `everyMs`: the device clock plus the measured offset. */
export function useServerNow(everyMs = 1000): number {
  const offset = useKiosk((s) => s.clockOffsetMs)
  const [deviceNow, setDeviceNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setDeviceNow(Date.now()), everyMs)
    return () => clearInterval(timer)
  }, [everyMs])
  return deviceNow + offset
}
