import type { ReportIndicators } from '@luot/server/contract'
import { useT } from '../i18n.ts'
import { useReportFormat } from '../use-report-format.ts'
import { ReportFacts } from './ReportFacts.tsx'
import { ReportStatsTable } from './ReportStatsTable.tsx'

/**
 * Against the ticket's slot: when citizens take their number (negative: before the slot began, i.e. booked
 * ahead) and how long after the slot's start the office first calls them.
 */
export const ReportPunctuality = ({ view }: { view: ReportIndicators }) => {
  const t = useT()
  const f = useReportFormat()
  const arrival = view.arrivalVsSlotMinutes
  return (
    <section className="card" data-testid="report-punctuality">
      <h2 className="card__title">{t('reports.punctualityTitle')}</h2>
      <ReportStatsTable
        testId="punctuality-stats"
        rows={[
          { id: 'arrival', label: 'reports.rowArrivalVsSlot', stats: arrival },
          { id: 'call', label: 'reports.rowCallVsSlot', stats: view.callVsSlotMinutes },
        ]}
      />
      <ReportFacts
        facts={[
          { id: 'before-slot', label: 'reports.factBeforeSlot', value: f.count(arrival.beforeSlot) },
          { id: 'in-or-after-slot', label: 'reports.factInOrAfterSlot', value: f.count(arrival.inOrAfterSlot) },
        ]}
      />
      <p className="report-note">{t('reports.punctualityNote')}</p>
    </section>
  )
}
