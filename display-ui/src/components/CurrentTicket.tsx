import type { ReactNode } from 'react'
import type { CounterConsoleView } from '@luot/server/contract'
import { localeOf, useLang, useT } from '../i18n.ts'
import { formatTime } from '../use-server-clock.ts'

interface Props {
  view: CounterConsoleView
  serviceName: (serviceId: string) => string
  timeZone: string
  /** The dossier code field, beside the number (also on an empty card, for the ticket just finished). */
  aside?: ReactNode
}

export const CurrentTicket = ({ view, serviceName, timeZone, aside }: Props) => {
  const t = useT()
  const locale = localeOf(useLang())
  const ticket = view.ticket
  const side = aside ? <div className="current__aside">{aside}</div> : null
  if (!ticket) {
    return (
      <section className="current current--empty" data-testid="current-ticket">
        <div className="current__body">
          <p className="current__label">{t('staff.current')}</p>
          <p className="current__none">{t(view.counter.status === 'paused' ? 'staff.noCurrentPaused' : 'staff.noCurrent')}</p>
        </div>
        {side}
      </section>
    )
  }
  return (
    <section className={`current current--${ticket.status}`} data-testid="current-ticket" data-status={ticket.status}>
      <div className="current__body">
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
      </div>
      {side}
    </section>
  )
}
