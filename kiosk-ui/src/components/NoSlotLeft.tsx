import { useT } from '../hooks/use-t.ts'
import { useKiosk } from '../store.ts'
import { ReopenInfo } from './ReopenInfo.tsx'

/** No slot of today has room (or none is left): say so, and when to come back; no button to press. */
export function NoSlotLeft({ isEverySlotFull }: { isEverySlotFull: boolean }) {
  const t = useT()
  const nextDay = useKiosk((s) => s.office?.nextWorkingDay ?? null)
  return (
    <div className="no-slot" role="status" data-testid="no-slot">
      <div className="no-slot__title">{t(isEverySlotFull ? 'slot.allFull' : 'slot.none')}</div>
      {nextDay && <ReopenInfo opening={nextDay} />}
    </div>
  )
}
