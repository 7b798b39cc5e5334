import type { ReportBreakdown, ReportIndicators } from '@luot/server/contract'
import { useT } from '../i18n.ts'
import { useReportFormat } from '../use-report-format.ts'
import { ReportFacts } from './ReportFacts.tsx'
import { ReportStatsTable } from './ReportStatsTable.tsx'

interface Props {
  view: ReportIndicators
  byService: ReportBreakdown
}

/** Waits and service times in full (with the longest), what left the normal path, and service time per field. */
export const ReportServiceTime = ({ view, byService }: Props) => {
  const t = useT()
  const f = useReportFormat()
  const { tickets } = view
  return (
    <section className="card" data-testid="report-service-time">
      <h2 className="card__title">{t('reports.serviceTimeTitle')}</h2>
      <ReportStatsTable
        testId="service-time-stats"
        hasWithin
        rows={[
          { id: 'wait', label: 'reports.rowWait', stats: view.waitMinutes },
          { id: 'service', label: 'reports.rowService', stats: view.serviceMinutes },
        ]}
      />
      <ReportFacts
        facts={[
          { id: 'transferred', label: 'reports.factTransferred', value: f.count(tickets.transferred), detail: t('reports.factTransfers', { count: f.count(tickets.transfers) }) },
          { id: 'cancelled', label: 'reports.factCancelled', value: f.count(tickets.cancelled) },
          { id: 'left-at-close', label: 'reports.factLeftAtClose', value: f.count(tickets.leftAtClose) },
        ]}
      />
      <h3 className="report-subtitle">{t('reports.serviceTimeByField')}</h3>
      <table className="table report-table" data-testid="service-time-fields">
        <thead>
          <tr>
            <th>{t('reports.service')}</th>
            <th className="num">{t('reports.colServed')}</th>
            <th className="num">{t('reports.colServiceMean')}</th>
            <th className="num">{t('reports.colServiceMedian')}</th>
            <th className="num">{t('reports.colServiceP90')}</th>
            <th className="num">{t('reports.colServiceMax')}</th>
            <th className="num">{t('reports.colServiceWithin')}</th>
            <th className="num">{t('reports.colWaitMax')}</th>
          </tr>
        </thead>
        <tbody>
          {byService.rows.map((r) => (
            <tr key={r.key} data-testid={`service-time-fields-${r.key || 'none'}`}>
              <th scope="row">{r.name}</th>
              <td className="num" data-key="served">{f.count(r.tickets.served)}</td>
              <td className="num" data-key="mean">{f.stat(r.serviceMinutes, 'mean')}</td>
              <td className="num" data-key="median">{f.stat(r.serviceMinutes, 'median')}</td>
              <td className="num" data-key="p90">{f.stat(r.serviceMinutes, 'p90')}</td>
              <td className="num" data-key="max">{f.stat(r.serviceMinutes, 'max')}</td>
              <td className="num" data-key="within">{f.percent(r.serviceMinutes.count ? r.serviceMinutes.withinTargetPercent : null)}</td>
              <td className="num" data-key="wait-max">{f.stat(r.waitMinutes, 'max')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
