import type { BreakdownDimension, ReportBreakdown } from '@luot/server/contract'
import { useT } from '../i18n.ts'
import type { MessageKey } from '../i18n.ts'
import { ReportBreakdownTable } from './ReportBreakdownTable.tsx'

interface Props {
  by: BreakdownDimension
  breakdown: ReportBreakdown
  onBy: (by: BreakdownDimension) => void
}

/** The dimensions GET /api/reports/breakdown splits by, in the order the manager reads them. */
const DIMENSIONS: Record<BreakdownDimension, MessageKey> = {
  service: 'reports.service',
  counter: 'reports.counter',
  staff: 'reports.staff',
  priority: 'reports.priority',
  hour: 'reports.splitHour',
  weekday: 'reports.splitWeekday',
  day: 'reports.splitDay',
  week: 'reports.splitWeek',
  month: 'reports.splitMonth',
}
const isDimension = (value: string): value is BreakdownDimension => Object.hasOwn(DIMENSIONS, value)

/** "Chia theo": the filtered figures split by one dimension, one row per service, counter, staff… */
export const ReportSplit = ({ by, breakdown, onBy }: Props) => {
  const t = useT()
  return (
    <section className="card" data-testid="report-split" data-by={breakdown.by}>
      <header className="report-split__head">
        <label className="report-field">
          <span className="card__title">{t('reports.splitBy')}</span>
          <select name="splitBy" value={by} onChange={(e) => isDimension(e.target.value) && onBy(e.target.value)}>
            {Object.entries(DIMENSIONS).map(([key, label]) => (
              <option key={key} value={key}>
                {t(label)}
              </option>
            ))}
          </select>
        </label>
      </header>
      <ReportBreakdownTable rows={breakdown.rows} testId="breakdown-split" />
    </section>
  )
}
