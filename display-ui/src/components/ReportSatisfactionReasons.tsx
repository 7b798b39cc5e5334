import type { SatisfactionReport } from '@luot/server/contract'
import { useT } from '../i18n.ts'
import { useReportFormat } from '../use-report-format.ts'

interface Props {
  detail: SatisfactionReport
  testId?: string
  className?: string
}

/** What the "không hài lòng" ratings said was wrong, most named first, as the server ranks them. */
export const ReportReasonsTable = ({ detail, testId = 'dissatisfaction-reasons', className = 'table report-table' }: Props) => {
  const t = useT()
  const f = useReportFormat()
  const dissatisfied = detail.distribution.find((d) => d.score === 1)?.count ?? 0
  return (
    <table className={className} data-testid={testId}>
      <caption>{t('reports.reasonsCaption', { count: f.count(dissatisfied) })}</caption>
      <thead>
        <tr>
          <th>{t('reports.colReason')}</th>
          <th className="num">{t('reports.colTimes')}</th>
        </tr>
      </thead>
      <tbody>
        {detail.topReasonsForScore1.length === 0 ? (
          <tr>
            <td colSpan={2}>{t('common.noValue')}</td>
          </tr>
        ) : (
          detail.topReasonsForScore1.map((r) => (
            <tr key={r.reason} data-testid={`${testId}-row`}>
              <th scope="row">{r.reason}</th>
              <td className="num">{f.count(r.count)}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  )
}

/** Coverage (ratings ÷ served) said plainly beside the rate, then the reasons for dissatisfaction. */
export const ReportSatisfactionReasons = ({ detail }: { detail: SatisfactionReport }) => {
  const t = useT()
  const f = useReportFormat()
  return (
    <section className="card report-satisfaction" data-testid="report-satisfaction">
      <h2 className="card__title">{t('reports.satisfactionTitle')}</h2>
      <div className="report-satisfaction__body">
        <dl className="report-facts report-facts--column">
          <div className="report-fact" data-testid="fact-coverage">
            <dt>{t('reports.factCoverage')}</dt>
            <dd>
              <strong>{f.percent(detail.coveragePercent)}</strong>
              <small> {t('reports.coverageDetail', { ratings: f.count(detail.ratings), served: f.count(detail.served) })}</small>
            </dd>
          </div>
          <div className="report-fact" data-testid="fact-satisfied">
            <dt>{t('reports.cardSatisfaction')}</dt>
            <dd>
              <strong>{f.percent(detail.satisfiedPercent)}</strong>
              <small> {t('reports.cardSatisfactionDetail', { count: f.count(detail.ratings) })}</small>
            </dd>
          </div>
        </dl>
        <ReportReasonsTable detail={detail} />
      </div>
    </section>
  )
}
