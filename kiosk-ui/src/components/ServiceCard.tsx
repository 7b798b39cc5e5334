import type { ServiceView } from '@luot/server/contract'
import { formatWait, serviceName } from '../format.ts'
import { useT } from '../hooks/use-t.ts'
import { useKiosk } from '../store.ts'
import { BigButton } from './BigButton.tsx'

interface ServiceCardProps {
  service: ServiceView
  /** Before opening or in a break: when serving starts, shown instead of the wait estimate. */
  startsAt: string | null
  onChoose: (serviceId: string) => void
}

export function ServiceCard({ service, startsAt, onChoose }: ServiceCardProps) {
  const t = useT()
  const lang = useKiosk((s) => s.lang)
  // The people in the hall now: tickets booked for a later slot are not ahead of a ticket taken now.
  const waitingNow = Math.max(0, service.waiting - service.booked)
  const waiting = waitingNow > 0 ? t('service.waiting', { count: waitingNow }) : t('service.waitingNone')
  const wait = startsAt === null ? formatWait(t, service.estimatedWaitMinutes) : t('wait.from', { start: startsAt })
  return (
    <BigButton className="service-card" onPress={() => onChoose(service.id)} testId={`service-${service.id}`}>
      <span className="service-card__prefix" aria-hidden="true">
        {service.prefix}
      </span>
      <span className="service-card__body">
        <span className="service-card__name">{serviceName(service, lang)}</span>
        <span className="service-card__meta">
          <span data-testid={`waiting-${service.id}`}>{waiting}</span>
          <span className="service-card__wait" data-testid={`wait-${service.id}`}>
            {wait}
          </span>
        </span>
      </span>
    </BigButton>
  )
}
