import type { ReportBreakdown } from '@luot/server/contract'
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { useT } from '../i18n.ts'
import { useReportFormat } from '../use-report-format.ts'

interface Props {
  /** The breakdown by day, week or month (GET /api/reports/breakdown?by=…). */
  trend: ReportBreakdown
}

const TICK = { fontSize: 12, fill: '#5c6b89' }

/**
 * Satisfaction over time: the rate as a line on 0–100 % and the number of ratings as bars behind it, so a
 * dip on a day with three ratings is read for what it is. Periods without ratings leave a gap in the line.
 */
export const ReportTrendChart = ({ trend }: Props) => {
  const t = useT()
  const f = useReportFormat()
  const short = (ymd: string) => `${ymd.slice(8, 10)}/${ymd.slice(5, 7)}`
  const label = (key: string) =>
    trend.by === 'month'
      ? t('reports.monthOf', { month: key.slice(5, 7), year: key.slice(0, 4) })
      : trend.by === 'week'
        ? t('reports.weekOf', { date: short(key) })
        : short(key)
  const rows = trend.rows.map((r) => ({ name: label(r.key), rate: r.satisfaction.satisfiedPercent, ratings: r.satisfaction.ratings }))
  const tip = (value: unknown, name: unknown) =>
    typeof value !== 'number' ? f.percent(null) : name === t('reports.seriesSatisfied') ? f.percent(value) : f.count(value)
  return (
    <figure className="card report-chart report-chart--wide" data-testid="chart-satisfaction-trend" data-by={trend.by}>
      <figcaption className="card__title">{t('reports.chartSatisfactionTrend')}</figcaption>
      <ResponsiveContainer width="100%" height={240}>
        <ComposedChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" tick={TICK} interval="preserveStartEnd" />
          <YAxis yAxisId="rate" domain={[0, 100]} tick={TICK} width={40} unit="%" />
          <YAxis yAxisId="ratings" orientation="right" tick={TICK} width={48} />
          <Tooltip formatter={tip} />
          {/* The bars' pale blue is too light for text: the legend is written in the page's ink. */}
          <Legend wrapperStyle={{ fontSize: 13 }} formatter={(value: string) => <span className="report-legend">{value}</span>} />
          <Bar yAxisId="ratings" dataKey="ratings" name={t('reports.seriesRatings')} fill="#c5d3ea" isAnimationActive={false} />
          <Line
            yAxisId="rate"
            dataKey="rate"
            name={t('reports.seriesSatisfied')}
            stroke="#2b8a3e"
            strokeWidth={3}
            dot={{ r: 3 }}
            connectNulls={false}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </figure>
  )
}
