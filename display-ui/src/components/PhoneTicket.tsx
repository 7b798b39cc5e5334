import type { TicketView } from '@luot/server/contract'
import { useT } from '../i18n.ts'
import { PhoneRating } from './PhoneRating.tsx'

/** One ticket on the phone: its number, then what the citizen should do now. */
export const PhoneTicket = ({ ticket }: { ticket: TicketView }) => {
  const t = useT()
  const counter = ticket.counterName ?? ticket.counterId ?? ''
  const isCalled = ticket.status === 'called'
  return (
    <main className={`phone-ticket phone-ticket--${ticket.status}`} data-testid="phone-ticket" data-status={ticket.status}>
      <section className="phone-ticket__head">
        <p className="phone-ticket__label">{t('phone.yourTicket')}</p>
        <p className="phone-ticket__number" data-testid="phone-number">
          {ticket.number}
        </p>
        <p className="phone-ticket__service">{ticket.serviceName}</p>
        <p className="phone-ticket__slot">{t('phone.slot', { start: ticket.slot.start, end: ticket.slot.end })}</p>
      </section>
      {ticket.status === 'waiting' && (
        <section className="phone-ticket__wait" data-testid="phone-waiting">
          <div className="phone-stat">
            <span className="phone-stat__label">{t('phone.peopleAhead')}</span>
            <span className="phone-stat__value" data-testid="people-ahead">
              {ticket.peopleAhead}
            </span>
          </div>
          <div className="phone-stat">
            <span className="phone-stat__label">{t('phone.estimatedWait')}</span>
            <span className="phone-stat__value phone-stat__value--small">
              {ticket.estimatedWaitMinutes > 0
                ? t('phone.aboutMinutes', { minutes: ticket.estimatedWaitMinutes })
                : t('phone.soon')}
            </span>
          </div>
          <p className="phone-ticket__hint">{t('phone.liveHint')}</p>
        </section>
      )}
      {(isCalled || ticket.status === 'serving') && (
        <section className="phone-ticket__called" data-testid="phone-called" role="alert">
          {isCalled && <p className="phone-ticket__turn">{t('phone.yourTurn')}</p>}
          <p className="phone-ticket__go">{isCalled ? t('phone.goTo') : t('phone.serving')}</p>
          <p className="phone-ticket__counter">{counter}</p>
        </section>
      )}
      {ticket.status === 'done' && <PhoneRating ticketId={ticket.id} isRated={ticket.rated} />}
      {ticket.status === 'no_show' && <p className="phone__message">{t('phone.noShow')}</p>}
      {ticket.status === 'cancelled' && <p className="phone__message">{t('phone.cancelled')}</p>}
    </main>
  )
}
