import { useRef, useState } from 'react'
import type { SocketAuth, TicketChanged, TicketView } from '@luot/server/contract'
import { api } from '../api.ts'
import { useT } from '../i18n.ts'
import { useApi } from '../use-api.ts'
import { useLive, useLiveEvent, useOnConnect } from '../use-live.ts'
import { ConnectionBanner } from '../components/ConnectionBanner.tsx'
import { ErrorText } from '../components/ErrorText.tsx'
import { PhoneTicket } from '../components/PhoneTicket.tsx'

const STATUSES: readonly string[] = ['waiting', 'called', 'serving', 'done', 'no_show', 'cancelled']
const isStatus = (s: string): s is TicketView['status'] => STATUSES.includes(s)

const merge = (view: TicketView, changed: TicketChanged | null): TicketView =>
  changed && changed.id === view.id
    ? {
        ...view,
        status: isStatus(changed.status) ? changed.status : view.status,
        peopleAhead: changed.peopleAhead,
        estimatedWaitMinutes: changed.estimatedWaitMinutes,
        counterId: changed.counterId ?? view.counterId,
        counterName: changed.counterName ?? view.counterName,
      }
    : view

/** A citizen's phone (QR on the ticket, weak 3G, no login): where that ticket stands, live. */
export const PhonePage = ({ ticketId }: { ticketId: string | null }) => {
  const t = useT()
  const auth: SocketAuth | null = ticketId ? { role: 'ticket', ticketId } : null
  const { live, snap } = useLive(auth)
  const ticket = useApi(ticketId ? () => api.ticket(ticketId) : null, ticketId ?? '')
  const [changed, setChanged] = useState<TicketChanged | null>(null)

  // The server re-sends the called ticket on every queue change and reconnect: buzz only when it becomes called.
  const lastStatus = useRef<string | null>(null)
  useLiveEvent(live, 'ticket:changed', (c) => {
    setChanged(c)
    const isNewCall = c.status === 'called' && lastStatus.current !== 'called'
    lastStatus.current = c.status
    if (isNewCall && typeof navigator.vibrate === 'function') navigator.vibrate([400, 150, 400])
    // Finishing brings the rating: fetch the whole view (rated flag) once it is done.
    if (c.status === 'done') ticket.reload()
  })
  useOnConnect(live, () => {
    setChanged(null)
    ticket.reload()
  })

  const isNotFound = !ticketId || ticket.error === 'NOT_FOUND' || snap.refusedCode === 'NOT_FOUND'
  let body
  if (isNotFound) {
    body = (
      <p className="phone__message" data-testid="phone-not-found">
        {t('phone.notFound')}
      </p>
    )
  } else if (ticket.data) {
    body = <PhoneTicket ticket={merge(ticket.data, changed)} />
  } else if (ticket.error) {
    body = <ErrorText code={ticket.error} className="phone__message" />
  } else {
    body = <p className="phone__message">{t('common.loading')}</p>
  }
  return (
    <div className="phone" data-testid="phone-page">
      <ConnectionBanner status={snap.status} />
      {body}
    </div>
  )
}
