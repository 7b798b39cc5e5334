import { useState } from 'react'
import type { ReportIndicators } from '@luot/server/contract'
import { useT } from '../i18n.ts'
import { useReportFormat } from '../use-report-format.ts'
import { ReportFacts } from './ReportFacts.tsx'

interface Props {
  view: ReportIndicators
  serviceName: (id: string) => string
}

/** The first rows are the most frequent (the server sorts by count); the rest on request. */
const FIRST_TRANSFERS = 8

/** What staff did outside the normal call order, and why: skips, recalls, transfers, no-shows, pauses. */
export const ReportActions = ({ view, serviceName }: Props) => {
  const t = useT()
  const f = useReportFormat()
  const [isAll, setAll] = useState(false)
  const { actions } = view
  const transfers = isAll ? actions.transfers : actions.transfers.slice(0, FIRST_TRANSFERS)
  const reason = (r: string | null) => r ?? t('reports.noReason')
  return (
    <section className="card" data-testid="report-actions">
      <h2 className="card__title">{t('reports.actionsTitle')}</h2>
      <ReportFacts
        facts={[
          { id: 'out-of-order', label: 'reports.factOutOfOrder', value: f.count(actions.outOfOrderCalls) },
          { id: 'recalls', label: 'reports.factRecalls', value: f.count(actions.recalls) },
          { id: 'transfers', label: 'reports.factTransferCount', value: f.count(view.tickets.transfers) },
          { id: 'no-shows', label: 'reports.factNoShows', value: f.count(actions.noShows) },
          { id: 'action-cancelled', label: 'reports.factCancelled', value: f.count(actions.cancelled) },
        ]}
      />
      <div className="report-actions__tables">
        <div>
          <h3 className="report-subtitle">{t('reports.transfersTitle')}</h3>
          <table className="table report-table" data-testid="actions-transfers">
            <thead>
              <tr>
                <th>{t('reports.colFromService')}</th>
                <th>{t('reports.colToService')}</th>
                <th>{t('reports.colReason')}</th>
                <th className="num">{t('reports.colTimes')}</th>
              </tr>
            </thead>
            <tbody>
              {transfers.map((x) => (
                <tr key={`${x.fromServiceId}>${x.toServiceId}>${x.reason ?? ''}`} data-testid="actions-transfers-row">
                  <td>{serviceName(x.fromServiceId)}</td>
                  <td>{serviceName(x.toServiceId)}</td>
                  <td>{reason(x.reason)}</td>
                  <td className="num">{f.count(x.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {actions.transfers.length > FIRST_TRANSFERS && (
            <button type="button" className="link-button report-more" onClick={() => setAll(!isAll)} data-testid="actions-transfers-more">
              {isAll ? t('reports.showFewer') : t('reports.showAll', { count: actions.transfers.length })}
            </button>
          )}
        </div>
        <div>
          <h3 className="report-subtitle">{t('reports.pausesTitle')}</h3>
          <table className="table report-table" data-testid="actions-pauses">
            <thead>
              <tr>
                <th>{t('reports.colReason')}</th>
                <th className="num">{t('reports.colTimes')}</th>
                <th className="num">{t('reports.colMinutes')}</th>
              </tr>
            </thead>
            <tbody>
              {actions.pauses.map((p) => (
                <tr key={p.reason ?? ''} data-testid="actions-pauses-row">
                  <td>{reason(p.reason)}</td>
                  <td className="num">{f.count(p.count)}</td>
                  <td className="num">{f.minutes(p.minutes)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  )
}
