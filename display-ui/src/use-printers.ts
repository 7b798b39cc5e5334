import { useEffect, useState } from 'react'
import type { PrinterChanged } from '@luot/server/contract'
import { api } from './api.ts'
import type { Live } from './live.ts'
import { useLiveEvent, useOnConnect } from './use-live.ts'

/** Printer states for staff and managers: GET /api/health, then `printer:changed`. */
export const usePrinters = (live: Live | null): PrinterChanged[] => {
  const [printers, setPrinters] = useState<PrinterChanged[]>([])
  const [tick, setTick] = useState(0)
  useEffect(() => {
    let isLive = true
    void api.health().then((res) => {
      if (isLive && res.ok) setPrinters(res.data.printers)
    })
    return () => {
      isLive = false
    }
  }, [tick])
  useOnConnect(live, () => setTick((n) => n + 1))
  useLiveEvent(live, 'printer:changed', (p) =>
    setPrinters((list) => (list.some((x) => x.id === p.id) ? list.map((x) => (x.id === p.id ? p : x)) : [...list, p])),
  )
  return printers
}
