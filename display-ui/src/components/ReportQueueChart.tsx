import type { ReportIndicators } from '@luot/server/contract'
import { useReportFormat } from '../use-report-format.ts'
import { ReportBarChart } from './ReportBarChart.tsx'

/** Most tickets waiting at once in each hour: the worst over the period and the mean of each day's worst. */
export const ReportQueueChart = ({ view }: { view: ReportIndicators }) => {
  const f = useReportFormat()
  return (
    <ReportBarChart
      title="reports.chartLongestQueue"
      testId="chart-longest-queue"
      rows={view.longestQueue.map((q) => ({ name: q.hour, max: q.max, meanDailyMax: q.meanDailyMax }))}
      series={[
        { key: 'max', label: 'reports.seriesQueueMax', color: '#1c4fa1' },
        { key: 'meanDailyMax', label: 'reports.seriesQueueMeanDailyMax', color: '#4dabf7' },
      ]}
      format={f.decimal}
      height={280}
      hasValues
    />
  )
}
