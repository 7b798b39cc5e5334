import { ReopenInfo } from '../components/ReopenInfo.tsx'
import { formatPeriods } from '../format.ts'
import { useT } from '../hooks/use-t.ts'
import type { OfficePhase } from '../office-phase.ts'
import { useKiosk } from '../store.ts'

type Closed = Extract<OfficePhase, { name: 'closed' }>

/**
 * Nothing more today: a closed day, a holiday, or after the last period. Only when the office opens
 * again, large, and no button that would lead to a refusal (the language toggle stays in the header).
 */
export function ClosedScreen({ phase }: { phase: Closed }) {
  const t = useT()
  const periods = useKiosk((s) => s.office?.today.periods)
  return (
    <div className="closed" role="status" data-testid="closed" data-day-off={phase.isDayOff}>
      <div className="closed__icon" aria-hidden="true" />
      <h1 className="closed__title" data-testid="closed-title">
        {t(phase.isDayOff ? 'closed.dayOff' : 'closed.afterHours')}
      </h1>
      {phase.reopen ? (
        <ReopenInfo opening={phase.reopen} />
      ) : (
        <p className="closed__unknown">{t('closed.unknown')}</p>
      )}
      {!phase.isDayOff && periods && periods.length > 0 && <div className="hint">{formatPeriods(t, periods)}</div>}
    </div>
  )
}
