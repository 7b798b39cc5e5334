import type { CounterView, ServiceView } from '@luot/server/contract'
import { useT } from '../i18n.ts'
import type { MessageKey } from '../i18n.ts'
import { hourRange, REPORT_PRIORITIES, REPORT_WEEKDAY_LABELS, REPORT_WEEKDAYS } from '../report-period.ts'
import type { ReportChoice, ReportPriority, ReportWeekday } from '../report-period.ts'

interface Props {
  choice: ReportChoice
  services: ServiceView[]
  counters: CounterView[]
  /** Staff with tickets in the period, as the breakdown by staff names them. */
  staff: { key: string; name: string }[]
  /** Hours of the day (0–23) with tickets in the period. */
  hours: number[]
  onChange: (choice: ReportChoice) => void
}

const PRIORITY_LABELS: Record<ReportPriority, MessageKey> = {
  none: 'reports.priorityNone',
  elderly: 'priority.elderly',
  disability: 'priority.disability',
  pregnant: 'priority.pregnant',
  child: 'priority.child',
  merit: 'priority.merit',
}

const isPriority = (value: string): value is ReportPriority => (REPORT_PRIORITIES as readonly string[]).includes(value)
const isWeekday = (value: string): value is ReportWeekday => (REPORT_WEEKDAYS as readonly string[]).includes(value)

/** Service, counter, staff, priority class, hour of issue and weekday, combined; empty means the whole office. */
export const ReportFilters = ({ choice, services, counters, staff, hours, onChange }: Props) => {
  const t = useT()
  // The chosen hour stays listed when the period has no ticket in it, so the select never shows another.
  const hourOptions = [...new Set([...hours, ...(choice.hour === '' ? [] : [Number(choice.hour)])])].sort((a, b) => a - b)
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
      <label className="report-field">
        <span>{t('reports.staff')}</span>
        <select name="staffId" value={choice.staffId} onChange={(e) => onChange({ ...choice, staffId: e.target.value })}>
          <option value="">{t('reports.allStaff')}</option>
          {staff.map((s) => (
            <option key={s.key} value={s.key}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <label className="report-field">
        <span>{t('reports.priority')}</span>
        <select
          name="priority"
          value={choice.priority}
          onChange={(e) => onChange({ ...choice, priority: isPriority(e.target.value) ? e.target.value : '' })}
        >
          <option value="">{t('reports.allPriorities')}</option>
          {REPORT_PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {t(PRIORITY_LABELS[p])}
            </option>
          ))}
        </select>
      </label>
      <label className="report-field">
        <span>{t('reports.splitHour')}</span>
        <select name="hour" value={choice.hour} onChange={(e) => onChange({ ...choice, hour: e.target.value })}>
          <option value="">{t('reports.allHours')}</option>
          {hourOptions.map((h) => (
            <option key={h} value={String(h)}>
              {t('reports.hourRange', hourRange(h))}
            </option>
          ))}
        </select>
      </label>
      <label className="report-field">
        <span>{t('reports.splitWeekday')}</span>
        <select
          name="weekday"
          value={choice.weekday}
          onChange={(e) => onChange({ ...choice, weekday: isWeekday(e.target.value) ? e.target.value : '' })}
        >
          <option value="">{t('reports.allWeekdays')}</option>
          {REPORT_WEEKDAYS.map((w) => (
            <option key={w} value={w}>
              {t(REPORT_WEEKDAY_LABELS[w])}
            </option>
          ))}
        </select>
      </label>
    </div>
  )
}
