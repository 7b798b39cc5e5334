import type { ReportBreakdown, ReportIndicators } from '@luot/server/contract'
import { useT } from '../i18n.ts'
import { REPORT_WEEKDAY_LABELS } from '../report-period.ts'
import { useReportFormat } from '../use-report-format.ts'
import { ReportBarChart } from './ReportBarChart.tsx'
import type { ChartSeries } from './ReportBarChart.tsx'
import { ReportQueueChart } from './ReportQueueChart.tsx'
import { ReportTrendChart } from './ReportTrendChart.tsx'

interface Props {
  indicators: ReportIndicators
  byHour: ReportBreakdown
  trend: ReportBreakdown
}

const WAIT_SERIES: ChartSeries[] = [
  { key: 'mean', label: 'reports.seriesMean', color: '#1c4fa1' },
  { key: 'median', label: 'reports.seriesMedian', color: '#4dabf7' },
  { key: 'p90', label: 'reports.seriesP90', color: '#f59f00' },
]
/** Score 4 (very satisfied) to 1 (not satisfied): green to red. */
const LEVEL_COLORS: Record<1 | 2 | 3 | 4, string> = { 4: '#2b8a3e', 3: '#74b816', 2: '#f59f00', 1: '#e03131' }

const waits = (rows: ReportBreakdown['rows']) =>
  rows.filter((r) => r.waitMinutes.count > 0).map((r) => ({ key: r.key, name: r.name, mean: r.waitMinutes.mean, median: r.waitMinutes.median, p90: r.waitMinutes.p90 }))

/**
 * Waits by hour and how long citizens waited; the day's shape (arrivals per half hour, the longest queue
 * per hour) and the week's (arrivals per weekday); the four satisfaction levels and satisfaction over time.
 */
export const ReportCharts = ({ indicators, byHour, trend }: Props) => {
  const t = useT()
  const f = useReportFormat()
  const levels = [...indicators.satisfactionDetail.distribution].sort((a, b) => b.score - a.score)
  const buckets = indicators.waitDistribution.map((b) => ({
    name: b.toMinutes === null ? t('reports.waitBucketOpen', { from: b.fromMinutes }) : t('reports.waitBucket', { from: b.fromMinutes, to: b.toMinutes }),
    count: b.count,
  }))
  return (
    <div className="report-charts">
      <ReportBarChart
        title="reports.chartWaitByHour"
        testId="chart-wait-hour"
        rows={waits(byHour.rows).map((r) => ({ ...r, name: t('reports.hourLabel', { hour: r.key }) }))}
        series={WAIT_SERIES}
        format={f.minutes}
      />
      <ReportBarChart
        title="reports.chartWaitDistribution"
        testId="chart-wait-distribution"
        rows={buckets}
        series={[{ key: 'count', label: 'reports.seriesCalled', color: '#1c4fa1' }]}
        format={f.count}
        hasValues
      />
      <ReportBarChart
        title="reports.chartArrivals"
        testId="chart-arrivals"
        rows={indicators.arrivals.byHalfHour.map((a) => ({ name: a.start, perDay: a.perDay }))}
        series={[{ key: 'perDay', label: 'reports.seriesPerDay', color: '#1c4fa1' }]}
        format={f.decimal}
      />
      <ReportQueueChart view={indicators} />
      <ReportBarChart
        title="reports.chartArrivalsWeekday"
        testId="chart-arrivals-weekday"
        rows={indicators.arrivals.byWeekday.map((w) => ({ name: t(REPORT_WEEKDAY_LABELS[w.weekday]), perDay: w.perDay }))}
        series={[{ key: 'perDay', label: 'reports.seriesPerDay', color: '#1c4fa1' }]}
        format={f.decimal}
        hasValues
      />
      <ReportBarChart
        title="reports.chartSatisfaction"
        testId="chart-satisfaction"
        rows={levels.map((l) => ({ name: t(`rating.score${l.score}`), count: l.count }))}
        series={[{ key: 'count', label: 'reports.seriesRatings', color: '#2b8a3e' }]}
        rowColors={levels.map((l) => LEVEL_COLORS[l.score])}
        format={f.count}
      />
      <ReportTrendChart trend={trend} />
    </div>
  )
}
