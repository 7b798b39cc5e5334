import type { ReportIndicators } from '@luot/server/contract'
import { useT } from '../i18n.ts'
import type { MessageKey } from '../i18n.ts'
import { useReportFormat } from '../use-report-format.ts'

/** Section I of the printed report: the period's headline figures as an indicator / result table. */
export const PrintFigures = ({ view }: { view: ReportIndicators }) => {
  const t = useT()
  const f = useReportFormat()
  const { tickets, waitMinutes: wait, serviceMinutes, satisfaction, dossiers } = view
  const share = (count: number, percent: number | null) => t('print.countShare', { count: f.count(count), share: f.percent(percent) })
  const rows: [MessageKey, string][] = [
    ['print.rowIssued', f.count(tickets.issued)],
    ['print.rowServed', f.count(tickets.served)],
    ['print.rowNoShow', share(tickets.noShow, tickets.noShowPercent)],
    ['print.rowWait', (['mean', 'median', 'p90'] as const).map((k) => f.stat(wait, k)).join(' / ')],
    ['print.rowWithin', wait.count ? share(wait.withinTarget, wait.withinTargetPercent) : t('common.noValue')],
    ['print.rowService', f.stat(serviceMinutes, 'mean')],
    ['print.rowSatisfaction', t('print.shareOfRatings', { share: f.percent(satisfaction.satisfiedPercent), count: f.count(satisfaction.ratings) })],
    [
      'print.rowCoverage',
      t('print.coverageValue', {
        share: f.percent(satisfaction.coveragePercent),
        ratings: f.count(satisfaction.ratings),
        served: f.count(tickets.served),
      }),
    ],
    ['print.rowTransferred', t('print.transfersOf', { count: f.count(tickets.transferred), transfers: f.count(tickets.transfers) })],
    ['print.rowCancelled', f.count(tickets.cancelled)],
    ['print.rowLeftAtClose', f.count(tickets.leftAtClose)],
    ['print.rowOutOfOrder', `${f.count(view.actions.outOfOrderCalls)} / ${f.count(view.actions.recalls)}`],
  ]
  return (
    <table className="doc-table doc-table--figures" data-testid="print-figures">
      <thead>
        <tr>
          <th>{t('print.colIndicator')}</th>
          <th>{t('print.colValue')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label} data-testid={`print-figures-${label.slice(label.indexOf('.') + 1)}`}>
            <td>{t(label)}</td>
            <td className="num">{value}</td>
          </tr>
        ))}
        <tr>
          <td>{t('print.rowEstimate', { target: dossiers.targetPercent })}</td>
          <td className="num">{f.percent(dossiers.estimatePercent)}</td>
        </tr>
      </tbody>
    </table>
  )
}
