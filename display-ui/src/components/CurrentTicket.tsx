import type { CounterConsoleView } from '@luot/server/contract'
import { localeOf, useLang, useT } from '../i18n.ts'
import { formatTime } from '../use-server-clock.ts'

interface Props {
  view: CounterConsoleView
  serviceName: (serviceId: string) => string
  timeZone: string
}

export const CurrentTicket = ({ view, serviceName, timeZone }: Props) => {
  const t = useT()
  const locale = localeOf(useLang())
  const ticket = view.ticket
  if (!ticket) {
    return (
      <section className="current current--empty" data-testid="current-ticket">
        <p className="current__label">{t('staff.current')}</p>
        <p className="current__none">{t(view.counter.status === 'paused' ? 'staff.noCurrentPaused' : 'staff.noCurrent')}</p>
      </section>
    )
  }
  return (
    <section className={`current current--${ticket.status}`} data-testid="current-ticket" data-status={ticket.status}>
      <p className="current__label">{t('staff.current')}</p>
      <div className="current__row">
        <span className="current__number" data-testid="current-number">
          {ticket.number}
        </span>
        <span className="current__status">{t(`ticketStatus.${ticket.status}`)}</span>
        {ticket.priority && <span className="current__priority">{t(`priority.${ticket.priority}`)}</span>}
      </div>
      <p className="current__service">{serviceName(ticket.serviceId)}</p>
      <p className="current__meta">
        <span>{t('staff.slot', { start: ticket.slot.start, end: ticket.slot.end })}</span>
        {ticket.calledAt && <span>{t('staff.calledAt', { time: formatTime(ticket.calledAt, timeZone, locale) })}</span>}
        {ticket.recalls > 0 && <span>{t('staff.recalls', { count: ticket.recalls })}</span>}
      </p>
    </section>
  )
}
