import type { OfficeState, ServiceView } from '@luot/server/contract'
import { useT } from '../i18n.ts'

interface Props {
  waiting: OfficeState['waiting']
  services: ServiceView[]
  serviceName: (serviceId: string) => string
}

const NEXT_SHOWN = 3

/** Per service: how many wait and the next numbers, in the office's order of services. */
export const WaitingPanel = ({ waiting, services, serviceName }: Props) => {
  const t = useT()
  const order = services.length > 0 ? services.map((s) => s.id) : waiting.map((w) => w.serviceId)
  const byId = new Map(waiting.map((w) => [w.serviceId, w]))
  return (
    <section className="waiting-panel" data-testid="waiting-panel">
      {order.map((serviceId) => {
        const entry = byId.get(serviceId)
        const count = entry?.count ?? 0
        const next = entry?.next.slice(0, NEXT_SHOWN) ?? []
        return (
          <div key={serviceId} className="waiting-card" data-testid={`waiting-${serviceId}`}>
            <div className="waiting-card__name">{serviceName(serviceId)}</div>
            <div className="waiting-card__count">
              <span className="waiting-card__count-value" data-testid="waiting-count">
                {count}
              </span>
              <span className="waiting-card__count-label">{t('board.waitingLabel')}</span>
            </div>
            <div className="waiting-card__next">
              <span className="waiting-card__label">
                {next.length > 0 ? t('board.nextNumbers') : t('board.noneWaiting')}
              </span>
              <span className="waiting-card__numbers" data-testid="waiting-next">
                {next.join(' ')}
              </span>
            </div>
          </div>
        )
      })}
    </section>
  )
}
