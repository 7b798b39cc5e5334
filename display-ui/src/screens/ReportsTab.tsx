import { useEffect, useMemo, useState } from 'react'
import type { BreakdownDimension } from '@luot/server/contract'
import { api } from '../api.ts'
import type { ApiErrorCode } from '../api.ts'
import { useT } from '../i18n.ts'
import { choiceFromSearch, queryOf, searchOf } from '../report-period.ts'
import type { ReportChoice } from '../report-period.ts'
import { reportApi } from '../report-api.ts'
import { useApi } from '../use-api.ts'
import { DEFAULT_TIME_ZONE } from '../use-office.ts'
import { useReports } from '../use-reports.ts'
import { ErrorText } from '../components/ErrorText.tsx'
import { ReportActions } from '../components/ReportActions.tsx'
import { ReportBreakdownTable } from '../components/ReportBreakdownTable.tsx'
import { ReportCards } from '../components/ReportCards.tsx'
import { ReportCharts } from '../components/ReportCharts.tsx'
import { ReportCounterUse } from '../components/ReportCounterUse.tsx'
import { ReportExports } from '../components/ReportExports.tsx'
import { ReportFilters } from '../components/ReportFilters.tsx'
import { ReportPeriodPicker } from '../components/ReportPeriodPicker.tsx'
import { ReportPriorityEquity } from '../components/ReportPriorityEquity.tsx'
import { ReportPunctuality } from '../components/ReportPunctuality.tsx'
import { ReportSatisfactionGroups } from '../components/ReportSatisfactionGroups.tsx'
import { ReportSatisfactionReasons } from '../components/ReportSatisfactionReasons.tsx'
import { ReportServiceTime } from '../components/ReportServiceTime.tsx'
import { ReportSplit } from '../components/ReportSplit.tsx'
import { ReportTickets } from '../components/ReportTickets.tsx'
import '../styles/reports.css'

interface Props {
  token: string
  onSignOut: (why: ApiErrorCode) => void
}

/** /manager/ → Báo cáo: one period and filter for every figure, chart and table on the tab. */
export const ReportsTab = ({ token, onSignOut }: Props) => {
  const t = useT()
  const [choice, setChoice] = useState<ReportChoice>(() => choiceFromSearch(window.location.search))
  const [drill, setDrill] = useState<{ id: string; name: string } | null>(null)
  const [splitBy, setSplitBy] = useState<BreakdownDimension>('counter')
  const office = useApi(api.office, 'office')
  const services = useApi(api.services, 'services')
  const counters = useApi(api.counters, 'counters')
  const query = queryOf(choice, office.data?.today.date ?? null)
  const data = useReports(token, query, splitBy)
  // The staff and hour filters list everyone and every hour with tickets in the period, whatever the other filters keep.
  const period = query ? { from: query.from, to: query.to } : null
  const staff = useApi(period ? () => reportApi.breakdown(token, period, 'staff') : null, `staff${JSON.stringify(period)}`)
  const staffOptions = useMemo(() => (staff.data?.rows ?? []).filter((r) => r.key !== ''), [staff.data])
  const hours = useApi(period ? () => reportApi.breakdown(token, period, 'hour') : null, `hours${JSON.stringify(period)}`)
  const hourOptions = useMemo(() => (hours.data?.rows ?? []).map((r) => Number(r.key)), [hours.data])
  const counterNames = useMemo(() => new Map((counters.data ?? []).map((c) => [c.id, c.name])), [counters.data])
  const serviceNames = useMemo(() => new Map((services.data ?? []).map((s) => [s.id, s.name])), [services.data])

  // The choice lives in the address, so a reload or the print page's "back" shows the same report.
  const search = searchOf(choice, window.location.search)
  useEffect(() => {
    window.history.replaceState(null, '', `${window.location.pathname}${search}${window.location.hash}`)
  }, [search])
  useEffect(() => {
    if (data.error === 'UNAUTHORIZED') onSignOut('UNAUTHORIZED')
  }, [data.error, onSignOut])
  const change = (next: ReportChoice) => {
    setChoice(next)
    setDrill(null)
  }

  const printHref = query ? `/manager/print${searchOf({ ...choice, from: query.from, to: query.to }, window.location.search)}` : null
  const { indicators, byService, byHour, split, trend } = data
  const hasFilter = !!(choice.serviceId || choice.counterId || choice.staffId || choice.priority || choice.hour || choice.weekday)
  return (
    <main className="reports" data-testid="reports" data-state={data.isStale ? 'loading' : 'ready'}>
      <section className="card reports__controls">
        <ReportPeriodPicker choice={choice} query={query} onChange={change} />
        <ReportFilters choice={choice} services={services.data ?? []} counters={counters.data ?? []} staff={staffOptions} hours={hourOptions} onChange={change} />
        <ReportExports token={token} query={query} printHref={printHref} hasFilter={hasFilter} />
      </section>
      <ErrorText code={data.error ?? office.error} />
      {!indicators || !byService || !byHour || !split || !trend ? (
        !data.error && <p className="reports__loading">{t('reports.loading')}</p>
      ) : (
        <div
          className={data.isStale ? 'reports__body is-stale' : 'reports__body'}
          data-from={indicators.from}
          data-to={indicators.to}
          data-staff-id={indicators.filter.staffId ?? ''}
          data-priority={indicators.filter.priority ?? ''}
          data-hour={indicators.filter.hour ?? ''}
          data-weekday={indicators.filter.weekday ?? ''}
        >
          <ReportCards view={indicators} />
          {indicators.tickets.issued === 0 ? (
            <p className="notice">{t('reports.empty')}</p>
          ) : (
            <>
              <ReportCharts indicators={indicators} byHour={byHour} trend={trend} />
              <ReportServiceTime view={indicators} byService={byService} />
              <ReportPunctuality view={indicators} />
              <ReportCounterUse counters={indicators.counters} />
              <section className="card">
                <h2 className="card__title">{t('reports.byService')}</h2>
                <p className="report-note">{t('reports.drillHint')}</p>
                <ReportBreakdownTable rows={byService.rows} testId="breakdown-service" onPick={(id, name) => setDrill({ id, name })} pickedKey={drill?.id ?? null} />
              </section>
              {drill && query && (
                <ReportTickets
                  key={`${drill.id}${JSON.stringify(query)}`}
                  token={token}
                  query={query}
                  service={drill}
                  counterName={(id) => counterNames.get(id) ?? id}
                  timeZone={office.data?.timeZone ?? DEFAULT_TIME_ZONE}
                  onClose={() => setDrill(null)}
                />
              )}
              <ReportSplit by={splitBy} breakdown={split} onBy={setSplitBy} />
              <div className="report-pair">
                <section className="card" data-testid="report-priority-equity">
                  <h2 className="card__title">{t('reports.priorityEquityTitle')}</h2>
                  <ReportPriorityEquity view={indicators} />
                </section>
                <ReportSatisfactionReasons detail={indicators.satisfactionDetail} />
              </div>
              <ReportSatisfactionGroups detail={indicators.satisfactionDetail} />
              <ReportActions view={indicators} serviceName={(id) => serviceNames.get(id) ?? id} />
            </>
          )}
        </div>
      )}
    </main>
  )
}
