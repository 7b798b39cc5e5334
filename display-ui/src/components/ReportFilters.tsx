import type { CounterView, ServiceView } from '@luot/server/contract'
import { useT } from '../i18n.ts'
import type { ReportChoice } from '../report-period.ts'

interface Props {
  choice: ReportChoice
  services: ServiceView[]
  counters: CounterView[]
  onChange: (choice: ReportChoice) => void
}

/** One service and/or one counter; empty means the whole office. */
export const ReportFilters = ({ choice, services, counters, onChange }: Props) => {
  const t = useT()
  return (
    <div className="report-filters">
      <label className="report-field">
        <span>{t('reports.service')}</span>
        <select name="serviceId" value={choice.serviceId} onChange={(e) => onChange({ ...choice, serviceId: e.target.value })}>
          <option value="">{t('reports.allServices')}</option>
          {services.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <label className="report-field">
        <span>{t('reports.counter')}</span>
        <select name="counterId" value={choice.counterId} onChange={(e) => onChange({ ...choice, counterId: e.target.value })}>
          <option value="">{t('reports.allCounters')}</option>
          {counters.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
    </div>
  )
}
