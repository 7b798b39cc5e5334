import { useState } from 'react'
import type { ReportTicketRow } from '@luot/server/contract'
import { useT } from '../i18n.ts'
import type { MessageKey } from '../i18n.ts'
import { reportApi } from '../report-api.ts'
import type { ReportQuery } from '../report-api.ts'
import { useApi } from '../use-api.ts'
import { useReportFormat } from '../use-report-format.ts'
import { ErrorText } from './ErrorText.tsx'

interface Props {
  token: string
  query: ReportQuery
  service: { id: string; name: string }
  counterName: (counterId: string) => string
  timeZone: string
  onClose: () => void
}

const PAGE = 50
const COLUMNS: MessageKey[] = [
  'reports.colDate',
  'reports.colNumber',
  'reports.colIssuedAt',
  'reports.colStatus',
  'reports.colCounter',
  'reports.colWait',
  'reports.colServe',
  'reports.colScore',
]
const isScore = (n: number | null): n is 1 | 2 | 3 | 4 => n === 1 || n === 2 || n === 3 || n === 4

/** The drill from a service row: its tickets in the period, a page at a time. */
export const ReportTickets = ({ token, query, service, counterName, timeZone, onClose }: Props) => {
  const t = useT()
  const f = useReportFormat()
  const [offset, setOffset] = useState(0)
  const q = { ...query, serviceId: service.id, limit: PAGE, offset }
  const page = useApi(() => reportApi.tickets(token, q), JSON.stringify(q))
  const data = page.data
  const cells = (r: ReportTicketRow) => [
    f.date(r.date),
    r.number,
    f.time(r.issuedAt, timeZone),
    t(`ticketStatus.${r.status}`),
    r.counterId ? counterName(r.counterId) : t('common.noValue'),
    f.minutes(r.waitMinutes),
    f.minutes(r.serviceMinutes),
    isScore(r.score) ? t(`rating.score${r.score}`) : t('common.noValue'),
  ]
  return (
    <section className="card report-tickets" data-testid="report-tickets" data-service={service.id}>
      <header className="report-tickets__head">
        <h2 className="card__title">{t('reports.ticketsTitle', { service: service.name })}</h2>
        <button type="button" className="button button--ghost" onClick={onClose}>
          {t('reports.close')}
        </button>
      </header>
      <ErrorText code={page.error} />
      {data && (
        <>
          <table className="table report-table">
            <thead>
              <tr>
                {COLUMNS.map((c) => (
                  <th key={c}>{t(c)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.tickets.map((r) => (
                <tr key={`${r.date}-${r.number}`} data-testid="report-ticket">
                  {cells(r).map((text, i) => (i === 1 ? <th key={i} scope="row" className="table__number">{text}</th> : <td key={i}>{text}</td>))}
                </tr>
              ))}
            </tbody>
          </table>
          <footer className="report-tickets__pager">
            <button type="button" className="button button--ghost" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
              {t('reports.prevPage')}
            </button>
            <span data-testid="report-tickets-page">
              {t('reports.pageInfo', {
                first: f.count(data.total ? data.offset + 1 : 0),
                last: f.count(data.offset + data.tickets.length),
                total: f.count(data.total),
              })}
            </span>
            <button
              type="button"
              className="button button--ghost"
              disabled={data.offset + data.tickets.length >= data.total}
              onClick={() => setOffset(offset + PAGE)}
            >
              {t('reports.nextPage')}
            </button>
          </footer>
        </>
      )}
    </section>
  )
}
