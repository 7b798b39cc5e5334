import type { OfficeState, ServiceView } from '@luot/server/contract'
import { useT } from '../i18n.ts'

interface Props {
  waiting: OfficeState['waiting']
  services: ServiceView[]
  serviceName: (serviceId: string) => string
  /** No `state` from the server yet: "nobody waiting" would be wrong information. */
  isLoading: boolean
}

const NEXT_SHOWN = 3

/**
 * Per service, in the office's order: how many are waiting in the hall now, the next numbers, and
 * apart and smaller, those booked for a later slot. A booked ticket is not in the hall: counting it
 * as waiting would tell a citizen "150 people" when two are ahead.
 */
export const WaitingPanel = ({ waiting, services, serviceName, isLoading }: Props) => {
  const t = useT()
  const order = services.length > 0 ? services.map((s) => s.id) : waiting.map((w) => w.serviceId)
  const byId = new Map(waiting.map((w) => [w.serviceId, w]))
  return (
    <section className="waiting-panel" data-testid="waiting-panel">
      {isLoading && order.length === 0 && (
        <p className="waiting-panel__loading" data-testid="waiting-loading">
          {t('common.loading')}
        </p>
      )}
      {order.map((serviceId) => {
        const entry = byId.get(serviceId)
        const booked = entry?.booked ?? 0
        const now = Math.max(0, (entry?.count ?? 0) - booked)
        const next = entry?.next.slice(0, NEXT_SHOWN) ?? []
        return (
          <div key={serviceId} className="waiting-card" data-testid={`waiting-${serviceId}`}>
            <div className="waiting-card__name">{serviceName(serviceId)}</div>
            {isLoading ? (
              <div className="waiting-card__none" data-testid="waiting-loading">
                {t('common.loading')}
              </div>
            ) : now > 0 ? (
              <>
                <div className="waiting-card__count">
                  <span className="waiting-card__count-value" data-testid="waiting-count">
                    {now}
                  </span>
                  <span className="waiting-card__count-label">{t('board.waitingLabel')}</span>
                </div>
                <div className="waiting-card__next">
                  <span className="waiting-card__label">{t('board.nextNumbers')}</span>
                  {/* One line; a number that does not fit wraps out of sight rather than showing cut. */}
                  <span className="waiting-card__numbers" data-testid="waiting-next">
                    {next.map((n) => (
                      <span key={n} className="waiting-card__number">
                        {n}
                      </span>
                    ))}
                  </span>
                </div>
              </>
            ) : (
              <div className="waiting-card__none" data-testid="waiting-none">
                {t('board.noneWaiting')}
              </div>
            )}
            {booked > 0 && (
              <div className="waiting-card__booked" data-testid="waiting-booked">
                {t('board.bookedLater', { count: booked })}
              </div>
            )}
          </div>
        )
      })}
    </section>
  )
}
