import { useActions } from '../actions.ts'
import { PagedGrid } from '../components/PagedGrid.tsx'
import { ServiceCard } from '../components/ServiceCard.tsx'
import { StepTitle } from '../components/StepTitle.tsx'
import { formatPeriods } from '../format.ts'
import { useOrientation } from '../hooks/use-orientation.ts'
import { useT } from '../hooks/use-t.ts'
import { useKiosk } from '../store.ts'

export function ServiceScreen({ totalSteps }: { totalSteps: number }) {
  const t = useT()
  const { chooseService } = useActions()
  const services = useKiosk((s) => s.services)
  const today = useKiosk((s) => s.office?.today)
  const isPortrait = useOrientation() === 'portrait'
  return (
    <>
      <StepTitle title={t('service.title')} current={1} total={totalSteps} />
      {today && (
        <div className="hint" data-testid="opening-hours">
          {today.open && today.periods.length > 0 ? formatPeriods(t, today.periods) : t('hours.closed')}
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
          renderItem={(service) => <ServiceCard service={service} onChoose={chooseService} />}
          testId="services"
        />
      )}
    </>
  )
}
