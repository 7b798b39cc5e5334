import { useEffect } from 'react'
import { useActions } from '../actions.ts'
import { officePhase } from '../office-phase.ts'
import type { OfficePhase } from '../office-phase.ts'
import { useKiosk } from '../store.ts'
import { useServerNow } from './use-server-now.ts'

/** The office's phase at server time, ticking; reloads the office when its answer is out of date. */
export function useOfficePhase(): OfficePhase | null {
  const { refreshOffice } = useActions()
  const office = useKiosk((s) => s.office)
  const now = useServerNow()
  const at = office ? officePhase(office, now) : null
  const isStale = at?.isStale ?? false
  useEffect(() => {
    if (isStale) refreshOffice()
  }, [isStale, refreshOffice])
  return at?.phase ?? null
}
