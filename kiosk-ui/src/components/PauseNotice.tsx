import { formatPeriods } from '../format.ts'
import { useT } from '../hooks/use-t.ts'
import type { OfficePhase } from '../office-phase.ts'
import { useKiosk } from '../store.ts'

type Pause = Extract<OfficePhase, { name: 'beforeOpening' | 'break' }>

/** Before opening or in a break, tickets are still issued: for the next period, said up front. */
export function PauseNotice({ phase }: { phase: Pause }) {
  const t = useT()
  const periods = useKiosk((s) => s.office?.today.periods)
  const key = phase.name === 'beforeOpening' ? 'hours.beforeOpening' : phase.isLunch ? 'hours.lunch' : 'hours.break'
  return (
    <div className="pause-notice" role="status" data-testid="pause-notice">
      <div className="pause-notice__main">{t(key, { start: phase.start })}</div>
      {periods && periods.length > 0 && (
        <div className="pause-notice__hours" data-testid="opening-hours">
          {formatPeriods(t, periods)}
        </div>
      )}
    </div>
  )
}
