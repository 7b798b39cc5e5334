import type { RatedGroup, SatisfactionReport } from '@luot/server/contract'
import { useT } from '../i18n.ts'
import type { MessageKey } from '../i18n.ts'
import { useReportFormat } from '../use-report-format.ts'

const Group = ({ title, rows, testId }: { title: MessageKey; rows: RatedGroup[]; testId: string }) => {
  const t = useT()
  const f = useReportFormat()
  return (
    <section className="card">
      <h2 className="card__title">{t(title)}</h2>
      <table className="table report-table" data-testid={testId}>
        <thead>
          <tr>
            <th>{t('reports.colRank')}</th>
            <th>{t('reports.colName')}</th>
            <th className="num">{t('reports.colRatings')}</th>
            <th className="num">{t('reports.cardSatisfaction')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className={r.rank === null ? 'is-unranked' : undefined}>
              <td className="num">{r.rank ?? <small>{t('reports.notRanked')}</small>}</td>
              <th scope="row">{r.name}</th>
              <td className="num">{f.count(r.ratings)}</td>
              <td className="num">{f.percent(r.satisfiedPercent)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

/** Satisfaction per staff member and per counter; the server leaves unranked those with too few ratings. */
export const ReportSatisfactionGroups = ({ detail }: { detail: SatisfactionReport }) => {
  const t = useT()
  return (
    <div className="report-groups">
      <Group title="reports.satisfactionByStaff" rows={detail.byStaff} testId="satisfaction-staff" />
      <Group title="reports.satisfactionByCounter" rows={detail.byCounter} testId="satisfaction-counter" />
      <p className="report-note">{t('reports.rankNote', { min: detail.minRatingsToRank })}</p>
    </div>
  )
}
