import type { DossierEstimate } from '@luot/server/contract'
import { useT } from '../i18n.ts'
import { useReportFormat } from '../use-report-format.ts'

/**
 * The 766-style estimate as a bar on 0–100 % with the target (90 %) drawn as a line across it, so the
 * distance to the line is read at a glance; nothing is drawn without rated dossiers.
 */
export const ReportEstimateGauge = ({ dossiers }: { dossiers: DossierEstimate }) => {
  const t = useT()
  const f = useReportFormat()
  const { estimatePercent: value, targetPercent: target, isMet } = dossiers
  if (value === null) return null
  return (
    <div
      className="report-gauge"
      role="img"
      aria-label={t('reports.estimateGauge', { value: f.percent(value), target: f.percent(target) })}
      data-testid="estimate-gauge"
      data-value={value}
      data-target={target}
    >
      <div className="report-gauge__track">
        <span className={isMet ? 'report-gauge__fill is-met' : 'report-gauge__fill'} style={{ width: `${Math.min(100, Math.max(0, value))}%` }} />
        <span className="report-gauge__line" style={{ left: `${target}%` }} data-testid="estimate-gauge-line" />
      </div>
      <span className="report-gauge__label" style={{ left: `${target}%` }}>
        {t('reports.estimateLine', { target: f.percent(target) })}
      </span>
    </div>
  )
}
