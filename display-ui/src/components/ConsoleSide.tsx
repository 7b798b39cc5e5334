import type { CounterConsoleView } from '@luot/server/contract'
import { localeOf, useLang, useT } from '../i18n.ts'
import type { MessageKey } from '../i18n.ts'

interface Props {
  view: CounterConsoleView
  serviceName: (serviceId: string) => string
}

/** Who waits for this counter's services (in the hall now, booked for later), and today's figures. */
export const ConsoleSide = ({ view, serviceName }: Props) => {
  const t = useT()
  const number = new Intl.NumberFormat(localeOf(useLang()), { maximumFractionDigits: 1 })
  const minutes = (m: number | null) => (m === null ? t('common.noValue') : t('common.minutes', { minutes: number.format(m) }))
  const figures: [MessageKey, string][] = [
    ['staff.served', String(view.today.served)],
    ['staff.noShows', String(view.today.noShow)],
    ['staff.transferred', String(view.today.transferred)],
    ['staff.meanWait', minutes(view.today.meanWaitMinutes)],
    ['staff.meanService', minutes(view.today.meanServiceMinutes)],
  ]
  return (
    <aside className="console-side">
      <section className="card" data-testid="console-waiting">
        <h2 className="card__title">{t('staff.waitingTitle')}</h2>
        <ul className="queue-list">
          {view.waiting.map((w) => (
            <li key={w.serviceId} className="queue-list__item" data-testid={`console-waiting-${w.serviceId}`}>
              <span className="queue-list__name">{serviceName(w.serviceId)}</span>
              <span className="queue-list__count" data-testid="console-waiting-now">
                {t('staff.waitingCount', { count: Math.max(0, w.count - w.booked) })}
              </span>
              {w.booked > 0 && (
                <span className="queue-list__booked" data-testid="console-waiting-booked">
                  {t('staff.bookedCount', { count: w.booked })}
                </span>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section className="card" data-testid="console-today">
        <h2 className="card__title">{t('staff.todayTitle')}</h2>
        <dl className="figures">
          {figures.map(([label, value]) => (
            <div key={label} className="figures__item">
              <dt>{t(label)}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
    </aside>
  )
}
