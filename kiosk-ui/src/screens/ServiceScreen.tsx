import { useActions } from '../actions.ts'
import { PagedGrid } from '../components/PagedGrid.tsx'
import { PauseNotice } from '../components/PauseNotice.tsx'
import { ServiceCard } from '../components/ServiceCard.tsx'
import { StepTitle } from '../components/StepTitle.tsx'
import { formatPeriods } from '../format.ts'
import { useOfficePhase } from '../hooks/use-office-phase.ts'
import { useOrientation } from '../hooks/use-orientation.ts'
import { useT } from '../hooks/use-t.ts'
import { useKiosk } from '../store.ts'
import { ClosedScreen } from './ClosedScreen.tsx'

export function ServiceScreen({ totalSteps }: { totalSteps: number }) {
  const t = useT()
  const { chooseService } = useActions()
  const services = useKiosk((s) => s.services)
  const periods = useKiosk((s) => s.office?.today.periods)
  const isPortrait = useOrientation() === 'portrait'
  const phase = useOfficePhase()
  if (phase?.name === 'closed') return <ClosedScreen phase={phase} />
  const startsAt = phase?.name === 'break' || phase?.name === 'beforeOpening' ? phase.start : null
  return (
    <>
      <StepTitle title={t('service.title')} current={1} total={totalSteps} />
      {(phase?.name === 'break' || phase?.name === 'beforeOpening') && <PauseNotice phase={phase} />}
      {phase?.name === 'open' && periods && (
        <div className="hint" data-testid="opening-hours">
          {formatPeriods(t, periods)}
        </div>
      )}
      {services.length === 0 ? (
        <div className="empty">{t('service.empty')}</div>
      ) : (
        <PagedGrid
          items={services}
          columns={isPortrait ? 1 : 3}
          rows={isPortrait ? 6 : 2}
          getKey={(service) => service.id}
          renderItem={(service) => <ServiceCard service={service} startsAt={startsAt} onChoose={chooseService} />}
          testId="services"
        />
      )}
    </>
  )
}
