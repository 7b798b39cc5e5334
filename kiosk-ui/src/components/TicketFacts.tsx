import type { TicketIssued } from '@luot/server/contract'
import { formatSlot, formatWait, serviceName } from '../format.ts'
import { useT } from '../hooks/use-t.ts'
import type { MessageKey } from '../i18n.ts'
import { PRIORITY_LABELS } from '../priority-labels.ts'
import { useKiosk } from '../store.ts'

/** Service, slot, people ahead and estimated wait of the ticket just issued, as the server gave them. */
export function TicketFacts({ ticket }: { ticket: TicketIssued }) {
  const t = useT()
  const lang = useKiosk((s) => s.lang)
  const service = useKiosk((s) => s.services.find((x) => x.id === ticket.serviceId))
  const priorityKey = ticket.priority === null ? null : PRIORITY_LABELS[ticket.priority]
  const rows: { label: MessageKey; value: string; testId: string }[] = [
    { label: 'ticket.service', value: service ? serviceName(service, lang) : ticket.serviceId, testId: 'ticket-service' },
    { label: 'ticket.slot', value: formatSlot(t, ticket.slot), testId: 'ticket-slot' },
    { label: 'ticket.ahead', value: t('ticket.aheadCount', { count: ticket.peopleAhead }), testId: 'ticket-ahead' },
    { label: 'ticket.wait', value: formatWait(t, ticket.estimatedWaitMinutes), testId: 'ticket-wait' },
  ]
  if (priorityKey) rows.push({ label: 'ticket.priority', value: t(priorityKey), testId: 'ticket-priority' })
  return (
    <dl className="ticket-facts">
      {rows.map((row) => (
        <div className="ticket-facts__row" key={row.label}>
          <dt>{t(row.label)}</dt>
          <dd data-testid={row.testId}>{row.value}</dd>
        </div>
      ))}
    </dl>
  )
}
