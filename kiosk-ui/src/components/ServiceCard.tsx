import type { ServiceView } from '@luot/server/contract'
import { formatWait, serviceName } from '../format.ts'
import { useT } from '../hooks/use-t.ts'
import { useKiosk } from '../store.ts'
import { BigButton } from './BigButton.tsx'

interface ServiceCardProps {
  service: ServiceView
  onChoose: (serviceId: string) => void
}

export function ServiceCard({ service, onChoose }: ServiceCardProps) {
  const t = useT()
  const lang = useKiosk((s) => s.lang)
  const waiting = service.waiting > 0 ? t('service.waiting', { count: service.waiting }) : t('service.waitingNone')
  return (
    <BigButton className="service-card" onPress={() => onChoose(service.id)} testId={`service-${service.id}`}>
      <span className="service-card__prefix" aria-hidden="true">
        {service.prefix}
      </span>
      <span className="service-card__body">
        <span className="service-card__name">{serviceName(service, lang)}</span>
        <span className="service-card__meta">
          <span data-testid={`waiting-${service.id}`}>{waiting}</span>
          <span className="service-card__wait">{formatWait(t, service.estimatedWaitMinutes)}</span>
        </span>
      </span>
    </BigButton>
  )
}
