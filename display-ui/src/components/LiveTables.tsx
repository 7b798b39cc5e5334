import type { LiveOfficeView } from '@luot/server/contract'
import { useT } from '../i18n.ts'

/** The manager's two tables: every counter now, every service's queue now (in the hall, booked for later). */
export const LiveTables = ({ view }: { view: LiveOfficeView }) => {
  const t = useT()
  const minutes = (m: number) => t('common.minutes', { minutes: Math.round(m) })
  return (
    <div className="live-tables">
      <section className="card">
        <h2 className="card__title">{t('manager.countersTitle')}</h2>
        <table className="table" data-testid="live-counters">
          <thead>
            <tr>
              <th>{t('manager.colCounter')}</th>
              <th>{t('manager.colStatus')}</th>
              <th>{t('manager.colStaff')}</th>
              <th>{t('manager.colTicket')}</th>
            </tr>
          </thead>
          <tbody>
            {view.counters.map((c) => (
              <tr key={c.id} data-testid={`live-counter-${c.id}`}>
                <td>{c.name}</td>
                <td>
                  <span className={`status status--${c.status}`}>{t(`counterStatus.${c.status}`)}</span>
                  {c.pauseReason && <span className="status__reason">{c.pauseReason}</span>}
                </td>
                <td>{c.staffName ?? t('common.noValue')}</td>
                <td className="table__number">{c.ticket?.number ?? t('common.noValue')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card">
        <h2 className="card__title">{t('manager.servicesTitle')}</h2>
        <table className="table" data-testid="live-services">
          <thead>
            <tr>
              <th>{t('manager.colService')}</th>
              <th>{t('manager.colWaiting')}</th>
              <th>{t('manager.colBooked')}</th>
              <th>{t('manager.colLongest')}</th>
              <th>{t('manager.colEstimate')}</th>
            </tr>
          </thead>
          <tbody>
            {view.services.map((s) => (
              <tr key={s.serviceId} data-testid={`live-service-${s.serviceId}`}>
                <td>{s.name}</td>
                <td className="table__number" data-testid="live-service-waiting">
                  {s.waiting - s.booked}
                </td>
                <td className="table__number table__number--muted" data-testid="live-service-booked">
                  {s.booked}
                </td>
                <td>{s.waiting - s.booked > 0 ? minutes(s.longestWaitMinutes) : t('common.noValue')}</td>
                <td>{minutes(s.estimatedWaitMinutes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  )
}
