import type { TicketIssued } from '@luot/server/contract'
import { useActions } from '../actions.ts'
import { BigButton } from '../components/BigButton.tsx'
import { DocumentList } from '../components/DocumentList.tsx'
import { QrCode } from '../components/QrCode.tsx'
import { StatusBanner } from '../components/StatusBanner.tsx'
import { TicketFacts } from '../components/TicketFacts.tsx'
import { TicketNumber } from '../components/TicketNumber.tsx'
import { useT } from '../hooks/use-t.ts'
import type { Lang } from '../i18n.ts'
import { isPrinterDown } from '../printer.ts'
import { useKiosk } from '../store.ts'

const NO_DOCUMENTS: string[] = []

interface TicketScreenProps {
  ticket: TicketIssued
  secondsLeft: number | null
}

/**
 * Where the citizen's phone follows the ticket: the office's public address if it gives one. A citizen
 * who took the ticket in English gets the phone page in English too (Vietnamese is its default).
 */
function ticketUrl(publicBaseUrl: string | null, id: string, lang: Lang): string {
  const base = (publicBaseUrl ?? window.location.origin).replace(/\/+$/, '')
  return `${base}/t/${encodeURIComponent(id)}${lang === 'en' ? '?lang=en' : ''}`
}

export function TicketScreen({ ticket, secondsLeft }: TicketScreenProps) {
  const t = useT()
  const { home } = useActions()
  const lang = useKiosk((s) => s.lang)
  const documents = useKiosk((s) => s.services.find((x) => x.id === ticket.serviceId)?.documents ?? NO_DOCUMENTS)
  const publicBaseUrl = useKiosk((s) => s.office?.publicBaseUrl ?? null)
  const hasPrintFailed = useKiosk(
    (s) => ticket.print.state === 'failed' || s.failedPrints.includes(ticket.number) || isPrinterDown(s.printerState),
  )
  return (
    <>
      {hasPrintFailed && (
        <StatusBanner tone="warning" testId="print-failed">
          {t('printer.failed')}
        </StatusBanner>
      )}
      <div className="ticket">
        <div className="ticket__head">
          <div className="ticket__title">{t('ticket.title')}</div>
          <TicketNumber number={ticket.number} />
        </div>
        <TicketFacts ticket={ticket} />
        <figure className="ticket__qr">
          <QrCode value={ticketUrl(publicBaseUrl, ticket.id, lang)} testId="ticket-qr" />
          <figcaption>{t('ticket.qr')}</figcaption>
        </figure>
        <DocumentList documents={documents} />
        <div className="footer footer--ticket">
          <div className="ticket__footnote">
            <div className="ticket__hint">{t('ticket.hint')}</div>
            <div className="countdown" data-testid="countdown">
              {secondsLeft !== null && t('ticket.countdown', { seconds: secondsLeft })}
            </div>
          </div>
          <BigButton variant="primary" className="done-button" onPress={home} testId="done">
            {t('ticket.done')}
          </BigButton>
        </div>
      </div>
    </>
  )
}
