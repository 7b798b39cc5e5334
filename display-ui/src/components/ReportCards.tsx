import type { ReportIndicators } from '@luot/server/contract'
import { useT } from '../i18n.ts'
import type { MessageKey } from '../i18n.ts'
import { useReportFormat } from '../use-report-format.ts'
import { ReportEstimateGauge } from './ReportEstimateGauge.tsx'

interface Card {
  id: string
  label: MessageKey
  value: string
  detail: string
}

/** The headline figures of the period, one card each; the 766 estimate says plainly that it is local. */
export const ReportCards = ({ view }: { view: ReportIndicators }) => {
  const t = useT()
  const f = useReportFormat()
  const { tickets, waitMinutes: wait, satisfaction, dossiers } = view
  const waited = t('reports.cardWaitCount', { count: f.count(wait.count) })
  const cards: Card[] = [
    { id: 'issued', label: 'reports.cardIssued', value: f.count(tickets.issued), detail: t('reports.days', { days: view.days }) },
    {
      id: 'served',
      label: 'reports.cardServed',
      value: f.count(tickets.served),
      detail: t('reports.cardServedDetail', { minutes: f.minutes(view.serviceMinutes.count ? view.serviceMinutes.mean : null) }),
    },
    {
      id: 'no-show',
      label: 'reports.cardNoShow',
      value: f.percent(tickets.noShowPercent),
      detail: t('reports.cardNoShowDetail', { count: f.count(tickets.noShow), called: f.count(tickets.called) }),
    },
    {
      id: 'within',
      label: 'reports.cardWithin',
      value: f.percent(wait.count ? wait.withinTargetPercent : null),
      detail: t('reports.cardWithinDetail', { count: f.count(wait.withinTarget), total: f.count(wait.count) }),
    },
    {
      id: 'satisfaction',
      label: 'reports.cardSatisfaction',
      value: f.percent(satisfaction.satisfiedPercent),
      detail: t('reports.cardSatisfactionDetail', { count: f.count(satisfaction.ratings) }),
    },
    { id: 'wait-mean', label: 'reports.cardWaitMean', value: f.minutes(wait.count ? wait.mean : null), detail: waited },
    { id: 'wait-median', label: 'reports.cardWaitMedian', value: f.minutes(wait.count ? wait.median : null), detail: waited },
    { id: 'wait-p90', label: 'reports.cardWaitP90', value: f.minutes(wait.count ? wait.p90 : null), detail: waited },
  ]
  const met = dossiers.isMet === null ? null : dossiers.isMet ? 'met' : 'not-met'
  return (
    <div className="report-cards" data-testid="report-cards">
      {cards.map((c) => (
        <div key={c.id} className="report-card" data-testid={`card-${c.id}`}>
          <span className="report-card__label">{t(c.label)}</span>
          <strong className="report-card__value">{c.value}</strong>
          <span className="report-card__detail">{c.detail}</span>
        </div>
      ))}
      <div className="report-card report-card--estimate" data-testid="card-estimate">
        <span className="report-card__label">
          {t('reports.cardEstimate')} <em className="badge">{t('reports.cardEstimateLabel')}</em>
        </span>
        <strong className="report-card__value">
          {f.percent(dossiers.estimatePercent)}
          {met && (
            <span className={`badge badge--${met}`}>{t(met === 'met' ? 'reports.estimateMet' : 'reports.estimateNotMet')}</span>
          )}
        </strong>
        <ReportEstimateGauge dossiers={dossiers} />
        <span className="report-card__detail">
          {t('reports.cardEstimateDetail', { target: dossiers.targetPercent, rated: f.count(dossiers.rated) })}
        </span>
        <small className="report-card__note">{t('reports.estimateNote')}</small>
      </div>
    </div>
  )
}
