import type { DurationStats, ReportIndicators } from '@luot/server/contract'
import { useT } from '../i18n.ts'
import { useReportFormat } from '../use-report-format.ts'

interface Props {
  view: ReportIndicators
  testId?: string
  className?: string
  /** Paper: bare minutes under a caption. */
  isCompact?: boolean
}

interface Row {
  id: string
  name: string
  tickets: number
  wait: DurationStats
  isClass?: boolean
}

/** Waits of priority tickets, all together and per class, beside those of tickets without priority. */
export const ReportPriorityEquity = ({ view, testId = 'priority-equity', className = 'table report-table report-priority', isCompact = false }: Props) => {
  const t = useT()
  const f = useReportFormat()
  const { priority, normal, byClass } = view.priorityEquity
  const value = isCompact ? f.statBare : f.stat
  const rows: Row[] = [
    { id: 'normal', name: t('reports.priorityNone'), tickets: normal.tickets, wait: normal.waitMinutes },
    { id: 'priority', name: t('reports.priorityAll'), tickets: priority.tickets, wait: priority.waitMinutes },
    ...byClass.map((c) => ({ id: c.priority, name: t(`priority.${c.priority}`), tickets: c.tickets, wait: c.waitMinutes, isClass: true })),
  ]
  return (
    <table className={className} data-testid={testId}>
      {isCompact && <caption>{t('print.minutesNote')}</caption>}
      <thead>
        <tr>
          <th>{t('reports.priority')}</th>
          <th className="num">{t('reports.colIssued')}</th>
          <th className="num">{t('reports.colCalled')}</th>
          <th className="num">{t('reports.colWaitMean')}</th>
          <th className="num">{t('reports.colWaitMedian')}</th>
          <th className="num">{t('reports.colWaitP90')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} data-testid={`${testId}-${r.id}`} className={r.isClass ? 'is-sub' : undefined}>
            <th scope="row">{r.name}</th>
            <td className="num" data-key="tickets">{f.count(r.tickets)}</td>
            <td className="num" data-key="count">{f.count(r.wait.count)}</td>
            <td className="num" data-key="mean">{value(r.wait, 'mean')}</td>
            <td className="num" data-key="median">{value(r.wait, 'median')}</td>
            <td className="num" data-key="p90">{value(r.wait, 'p90')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
