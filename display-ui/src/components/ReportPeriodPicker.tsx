import { useT } from '../i18n.ts'
import { isValidRange, PERIOD_LABELS, PERIODS } from '../report-period.ts'
import type { Period, ReportChoice } from '../report-period.ts'
import type { ReportQuery } from '../report-api.ts'
import { useReportFormat } from '../use-report-format.ts'

interface Props {
  choice: ReportChoice
  /** The range the choice resolves to now (null while unknown or invalid). */
  query: ReportQuery | null
  onChange: (choice: ReportChoice) => void
}

/** Named periods up to today, or two dates typed by the manager (this is a desk, not the kiosk). */
export const ReportPeriodPicker = ({ choice, query, onChange }: Props) => {
  const t = useT()
  const f = useReportFormat()
  const pick = (period: Period) =>
    // Custom starts from the range on screen, so the manager edits it rather than starting blank.
    onChange(period === 'custom' && query ? { ...choice, period, from: query.from, to: query.to } : { ...choice, period })
  const isCustom = choice.period === 'custom'
  const isBad = isCustom && choice.from !== '' && choice.to !== '' && !isValidRange(choice.from, choice.to)
  return (
    <fieldset className="report-period" data-testid="report-period">
      <legend className="report-period__legend">{t('reports.period')}</legend>
      <div className="segmented" role="radiogroup">
        {PERIODS.map((p) => (
          <button
            key={p}
            type="button"
            role="radio"
            aria-checked={choice.period === p}
            className={choice.period === p ? 'segmented__item is-on' : 'segmented__item'}
            onClick={() => pick(p)}
            data-testid={`period-${p}`}
          >
            {t(PERIOD_LABELS[p])}
          </button>
        ))}
      </div>
      {isCustom ? (
        <div className="report-period__dates">
          <label className="report-field">
            <span>{t('reports.from')}</span>
            <input type="date" name="from" value={choice.from} max={choice.to || undefined} onChange={(e) => onChange({ ...choice, from: e.target.value })} />
          </label>
          <label className="report-field">
            <span>{t('reports.to')}</span>
            <input type="date" name="to" value={choice.to} min={choice.from || undefined} onChange={(e) => onChange({ ...choice, to: e.target.value })} />
          </label>
        </div>
      ) : (
        query && (
          <span className="report-period__range" data-testid="report-range">
            {t('reports.range', { from: f.date(query.from), to: f.date(query.to) })}
          </span>
        )
      )}
      {isBad && <p className="error-text">{t('reports.badRange')}</p>}
    </fieldset>
  )
}
