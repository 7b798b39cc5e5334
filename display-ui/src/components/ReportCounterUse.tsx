import type { PauseFigure, ReportIndicators } from '@luot/server/contract'
import { useT } from '../i18n.ts'
import { useReportFormat } from '../use-report-format.ts'

interface Props {
  counters: ReportIndicators['counters']
  testId?: string
  className?: string
}

/** "Nghỉ giữa giờ: 3 lần, 50 phút"; a pause without a reason is named as such. */
export const usePauseText = () => {
  const t = useT()
  const f = useReportFormat()
  return (p: PauseFigure) =>
    t('reports.pauseLine', { reason: p.reason ?? t('reports.noReason'), count: f.count(p.count), minutes: f.minutes(p.minutes) })
}

/** Per counter: time open, time serving, their ratio, and the pauses (excluded from both) with their reasons. */
export const CounterUseTable = ({ counters, testId = 'counter-use', className = 'table report-table report-table--names' }: Props) => {
  const t = useT()
  const f = useReportFormat()
  const pause = usePauseText()
  return (
    <table className={className} data-testid={testId}>
      <thead>
        <tr>
          <th>{t('reports.counter')}</th>
          <th className="num">{t('reports.colOpen')}</th>
          <th className="num">{t('reports.colBusy')}</th>
          <th className="num">{t('reports.colUtilisation')}</th>
          <th className="num">{t('reports.colPaused')}</th>
          <th>{t('reports.colPauseReasons')}</th>
        </tr>
      </thead>
      <tbody>
        {counters.map((c) => (
          <tr key={c.counterId} data-testid={`${testId}-${c.counterId}`}>
            <th scope="row">{c.name}</th>
            <td className="num" data-key="open">{f.hours(c.openMinutes)}</td>
            <td className="num" data-key="busy">{f.hours(c.busyMinutes)}</td>
            <td className="num" data-key="utilisation">{f.percent(c.utilisationPercent)}</td>
            <td className="num" data-key="paused">{f.minutes(c.pausedMinutes)}</td>
            <td data-key="pauses" className="report-pauses">
              {c.pauses.length === 0 ? t('common.noValue') : c.pauses.map((p) => <span key={p.reason ?? ''}>{pause(p)}</span>)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** The counters' use on the tab, with what the figures leave out. */
export const ReportCounterUse = ({ counters }: { counters: ReportIndicators['counters'] }) => {
  const t = useT()
  return (
    <section className="card" data-testid="report-counter-use">
      <h2 className="card__title">{t('reports.counterUseTitle')}</h2>
      <CounterUseTable counters={counters} />
      <p className="report-note">{t('reports.counterUseNote')}</p>
    </section>
  )
}
