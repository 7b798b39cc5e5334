import type { DurationStats, TargetStats } from '@luot/server/contract'
import { useT } from '../i18n.ts'
import type { MessageKey } from '../i18n.ts'
import { useReportFormat } from '../use-report-format.ts'
import type { StatKey } from '../use-report-format.ts'

export interface StatsRow {
  id: string
  label: MessageKey
  stats: DurationStats | TargetStats
}

interface Props {
  rows: StatsRow[]
  testId: string
  /** Adds "within target" (rows without a target show the empty mark). */
  hasWithin?: boolean
  className?: string
  /** Paper: bare numbers under a caption giving the unit. */
  isCompact?: boolean
}

const KEYS: [StatKey, MessageKey][] = [
  ['mean', 'reports.colMean'],
  ['median', 'reports.colMedian'],
  ['p90', 'reports.colP90'],
  ['max', 'reports.colMax'],
]

const withinOf = (s: DurationStats | TargetStats): number | null => ('withinTargetPercent' in s && s.count ? s.withinTargetPercent : null)

/** Count, mean, median, 90th percentile and longest of several durations, one row each (minutes). */
export const ReportStatsTable = ({ rows, testId, hasWithin = false, className = 'table report-table report-stats', isCompact = false }: Props) => {
  const t = useT()
  const f = useReportFormat()
  const value = isCompact ? f.statBare : f.stat
  return (
    <table className={className} data-testid={testId}>
      {isCompact && <caption>{t('print.minutesNote')}</caption>}
      <thead>
        <tr>
          <th>{t('reports.colIndicator')}</th>
          <th className="num">{t('reports.colCount')}</th>
          {KEYS.map(([key, label]) => (
            <th key={key} className="num">
              {t(label)}
            </th>
          ))}
          {hasWithin && <th className="num">{t('reports.colWithin')}</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} data-testid={`${testId}-${r.id}`}>
            <th scope="row">{t(r.label)}</th>
            <td className="num" data-key="count">
              {f.count(r.stats.count)}
            </td>
            {KEYS.map(([key]) => (
              <td key={key} className="num" data-key={key}>
                {value(r.stats, key)}
              </td>
            ))}
            {hasWithin && (
              <td className="num" data-key="within">
                {f.percent(withinOf(r.stats))}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
