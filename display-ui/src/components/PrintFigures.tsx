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
    ['print.rowWait', [wait.mean, wait.median, wait.p90].map((m) => f.minutes(wait.count ? m : null)).join(' / ')],
    ['print.rowWithin', share(wait.withinTarget, wait.withinTargetPercent)],
    ['print.rowService', f.minutes(serviceMinutes.count ? serviceMinutes.mean : null)],
    ['print.rowSatisfaction', t('print.shareOfRatings', { share: f.percent(satisfaction.satisfiedPercent), count: f.count(satisfaction.ratings) })],
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
          <tr key={label}>
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
