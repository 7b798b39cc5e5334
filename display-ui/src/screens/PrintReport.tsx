import { useEffect } from 'react'
import { api } from '../api.ts'
import type { ApiErrorCode } from '../api.ts'
import { useT } from '../i18n.ts'
import { reportApi } from '../report-api.ts'
import { choiceFromSearch, hourRange, queryOf, REPORT_WEEKDAY_LABELS, searchOf } from '../report-period.ts'
import { useApi } from '../use-api.ts'
import { useReportFormat } from '../use-report-format.ts'
import { ErrorText } from '../components/ErrorText.tsx'
import { CounterUseTable } from '../components/ReportCounterUse.tsx'
import { PrintFigures } from '../components/PrintFigures.tsx'
import { PrintHeading } from '../components/PrintHeading.tsx'
import { PrintSatisfaction } from '../components/PrintSatisfaction.tsx'
import { PrintSignatures } from '../components/PrintSignatures.tsx'
import { ReportBreakdownTable } from '../components/ReportBreakdownTable.tsx'
import { ReportPriorityEquity } from '../components/ReportPriorityEquity.tsx'
import { ReportReasonsTable } from '../components/ReportSatisfactionReasons.tsx'
import { ReportStatsTable } from '../components/ReportStatsTable.tsx'
import { printPlace } from '../print-place.ts'
import '../styles/print-report.css'

interface Props {
  token: string
  onSignOut: (why: ApiErrorCode) => void
}

/** /manager/print?from=…&to=…: the period's report laid out as an A4 administrative document. */
export const PrintReport = ({ token, onSignOut }: Props) => {
  const t = useT()
  const f = useReportFormat()
  const search = window.location.search
  const choice = choiceFromSearch(search)
  const office = useApi(api.office, 'office')
  const query = queryOf(choice.from && choice.to ? { ...choice, period: 'custom' } : choice, office.data?.today.date ?? null)
  const key = query ? JSON.stringify(query) : ''
  const indicators = useApi(query ? () => reportApi.indicators(token, query) : null, key)
  const byService = useApi(query ? () => reportApi.breakdown(token, query, 'service') : null, key)
  const byCounter = useApi(query ? () => reportApi.breakdown(token, query, 'counter') : null, key)
  // Only to name the staff member in the scope line: filtered by staffId, it has that one row.
  const byStaff = useApi(query?.staffId ? () => reportApi.breakdown(token, query, 'staff') : null, key)
  const error = office.error ?? indicators.error ?? byService.error ?? byCounter.error ?? byStaff.error
  useEffect(() => {
    if (error === 'UNAUTHORIZED') onSignOut('UNAUTHORIZED')
  }, [error, onSignOut])

  const [o, view, services, counters] = [office.data, indicators.data, byService.data, byCounter.data]
  // An empty filter is the whole office (the breakdown's '' row is tickets that reached no counter).
  const nameOf = (rows: { key: string; name: string }[] | undefined, id: string) => (id ? rows?.find((r) => r.key === id)?.name : undefined)
  const priority = choice.priority && t(choice.priority === 'none' ? 'reports.priorityNone' : `priority.${choice.priority}`)
  const hour = choice.hour && t('reports.hourRange', hourRange(Number(choice.hour)))
  const weekday = choice.weekday && t(REPORT_WEEKDAY_LABELS[choice.weekday])
  const scope = [
    nameOf(services?.rows, choice.serviceId),
    nameOf(counters?.rows, choice.counterId),
    nameOf(byStaff.data?.rows, choice.staffId),
    priority,
    hour && t('print.scopeHour', { hours: hour }),
    weekday,
  ]
    .filter(Boolean)
    .join(' · ')
  return (
    <div className="doc-page">
      <nav className="doc-toolbar">
        <a className="button button--ghost" href={`/manager/${searchOf(choice, search)}#reports`}>
          {t('print.back')}
        </a>
        <button type="button" className="button button--primary" disabled={!view} onClick={() => window.print()} data-testid="print-button">
          {t('print.print')}
        </button>
      </nav>
      <ErrorText code={error} />
      {o && query && view && services && counters ? (
        <article className="doc-sheet" data-testid="print-report">
          <PrintHeading office={o} />
          <h1 className="doc-title">{t('print.title')}</h1>
          <p className="doc-period" data-testid="print-period">
            {t('print.period', { from: f.date(query.from), to: f.date(query.to) })}
          </p>
          {scope && <p className="doc-period">{t('print.filter', { scope })}</p>}
          <h2 className="doc-section">{t('print.sectionGeneral')}</h2>
          <PrintFigures view={view} />
          <h2 className="doc-section">{t('print.sectionTimes')}</h2>
          <ReportStatsTable
            testId="print-times"
            className="doc-table doc-table--stats"
            isCompact
            hasWithin
            rows={[
              { id: 'wait', label: 'reports.rowWait', stats: view.waitMinutes },
              { id: 'service', label: 'reports.rowService', stats: view.serviceMinutes },
              { id: 'arrival', label: 'reports.rowArrivalVsSlot', stats: view.arrivalVsSlotMinutes },
              { id: 'call', label: 'reports.rowCallVsSlot', stats: view.callVsSlotMinutes },
            ]}
          />
          <p className="doc-note" data-testid="print-slot-note">
            {t('print.slotNote', { before: f.count(view.arrivalVsSlotMinutes.beforeSlot), after: f.count(view.arrivalVsSlotMinutes.inOrAfterSlot) })}
          </p>
          <h2 className="doc-section">{t('print.sectionServices')}</h2>
          <ReportBreakdownTable rows={services.rows} testId="print-services" className="doc-table" isCompact />
          <h2 className="doc-section">{t('print.sectionCounters')}</h2>
          <ReportBreakdownTable rows={counters.rows} testId="print-counters" className="doc-table" isCompact />
          <h3 className="doc-subsection">{t('print.counterUse')}</h3>
          <CounterUseTable counters={view.counters} testId="print-counter-use" className="doc-table doc-table--use" />
          <h2 className="doc-section">{t('print.sectionPriority')}</h2>
          <ReportPriorityEquity view={view} testId="print-priority" className="doc-table" isCompact />
          <h2 className="doc-section">{t('print.sectionSatisfaction')}</h2>
          <PrintSatisfaction detail={view.satisfactionDetail} />
          <p className="doc-note" data-testid="print-coverage">
            {t('print.coverage', {
              share: f.percent(view.satisfactionDetail.coveragePercent),
              ratings: f.count(view.satisfactionDetail.ratings),
              served: f.count(view.satisfactionDetail.served),
            })}
          </p>
          <ReportReasonsTable detail={view.satisfactionDetail} testId="print-reasons" className="doc-table doc-table--reasons" />
          <p className="doc-note">{t('reports.estimateNote')}</p>
          <PrintSignatures today={o.today.date} place={printPlace(o)} />
        </article>
      ) : (
        !error && <p className="doc-loading">{t('reports.loading')}</p>
      )}
    </div>
  )
}
