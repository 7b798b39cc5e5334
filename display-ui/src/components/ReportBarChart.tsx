import { Bar, BarChart, CartesianGrid, Cell, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { useT } from '../i18n.ts'
import type { MessageKey } from '../i18n.ts'

export interface ChartSeries {
  key: string
  label: MessageKey
  color: string
}

export type ChartRow = { name: string } & Record<string, string | number>

interface Props {
  title: MessageKey
  testId: string
  rows: ChartRow[]
  series: ChartSeries[]
  format: (value: number) => string
  /** Bars across, categories down: for long names such as services. */
  isHorizontal?: boolean
  /** One colour per row (one series only), e.g. the four satisfaction levels. */
  rowColors?: string[]
  height?: number
  /** Writes each bar's value above it, for counts read at a glance (and checked by the tests). */
  hasValues?: boolean
}

const TICK = { fontSize: 12, fill: '#5c6b89' }

/** A captioned bar chart; animation is off so a print or a screenshot never catches bars half grown. */
export const ReportBarChart = ({ title, testId, rows, series, format, isHorizontal = false, rowColors, height = 240, hasValues = false }: Props) => {
  const t = useT()
  const tip = (value: unknown) => (typeof value === 'number' ? format(value) : String(value))
  return (
    <figure className="card report-chart" data-testid={testId}>
      <figcaption className="card__title">{t(title)}</figcaption>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={rows} layout={isHorizontal ? 'vertical' : 'horizontal'} margin={{ top: hasValues ? 20 : 8, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={isHorizontal} horizontal={!isHorizontal} />
          {isHorizontal ? (
            <>
              <XAxis type="number" tick={TICK} />
              <YAxis type="category" dataKey="name" tick={TICK} width={170} />
            </>
          ) : (
            <>
              <XAxis dataKey="name" tick={TICK} interval="preserveStartEnd" />
              <YAxis tick={TICK} width={40} />
            </>
          )}
          <Tooltip formatter={tip} />
          {series.length > 1 && <Legend wrapperStyle={{ fontSize: 13 }} itemSorter={null} />}
          {series.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={t(s.label)} fill={s.color} isAnimationActive={false}>
              {rowColors?.map((color, i) => <Cell key={i} fill={color} />)}
              {hasValues && <LabelList dataKey={s.key} position="top" formatter={tip} style={TICK} />}
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  )
}
