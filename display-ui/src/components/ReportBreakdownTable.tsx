import type { ReportBreakdown } from '@luot/server/contract'
import { useT } from '../i18n.ts'
import type { MessageKey } from '../i18n.ts'
import { useReportFormat } from '../use-report-format.ts'

interface Props {
  rows: ReportBreakdown['rows']
  testId: string
  /** Makes each name a button that opens the row (the service's tickets). */
  onPick?: ((key: string, name: string) => void) | undefined
  pickedKey?: string | null
  className?: string
  /** Paper: minutes as bare numbers under a caption, so nine columns fit a portrait A4 page. */
  isCompact?: boolean
}

const COLUMNS: MessageKey[] = [
  'reports.colName',
  'reports.colIssued',
  'reports.colServed',
  'reports.colNoShow',
  'reports.colWaitMean',
  'reports.colWaitMedian',
  'reports.colWaitP90',
  'reports.colWithin',
  'reports.colSatisfaction',
]

/** One row per service or counter: the same figures as the headline, as GET /api/reports/breakdown gives them. */
export const ReportBreakdownTable = ({ rows, testId, onPick, pickedKey = null, className = 'table report-table', isCompact = false }: Props) => {
  const t = useT()
  const f = useReportFormat()
  const wait = (row: Props['rows'][number], m: number) =>
    !row.waitMinutes.count ? t('common.noValue') : isCompact ? f.decimal(m) : f.minutes(m)
  return (
    <table className={className} data-testid={testId}>
      {isCompact && <caption>{t('print.minutesNote')}</caption>}
      <thead>
        <tr>
          {COLUMNS.map((c, i) => (
            <th key={c} className={i > 0 ? 'num' : undefined}>
              {t(c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} className={pickedKey === r.key ? 'is-picked' : undefined} data-testid={`${testId}-${r.key || 'none'}`}>
            <th scope="row">
              {onPick && r.key ? (
                <button type="button" className="link-button" onClick={() => onPick(r.key, r.name)}>
                  {r.name}
                </button>
              ) : (
                r.name
              )}
            </th>
            <td className="num">{f.count(r.tickets.issued)}</td>
            <td className="num">{f.count(r.tickets.served)}</td>
            <td className="num">
              {f.count(r.tickets.noShow)} <small>({f.percent(r.tickets.noShowPercent)})</small>
            </td>
            <td className="num">{wait(r, r.waitMinutes.mean)}</td>
            <td className="num">{wait(r, r.waitMinutes.median)}</td>
            <td className="num">{wait(r, r.waitMinutes.p90)}</td>
            {/* Tickets never called (the '' row) have no wait: nothing to hold against the target. */}
            <td className="num">{f.percent(r.waitMinutes.count ? r.waitMinutes.withinTargetPercent : null)}</td>
            <td className="num">
              {f.percent(r.satisfaction.satisfiedPercent)} <small>({f.count(r.satisfaction.ratings)})</small>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
