import type { SatisfactionReport } from '@luot/server/contract'
import { useT } from '../i18n.ts'
import { useReportFormat } from '../use-report-format.ts'

/** Section IV of the printed report: how many ratings at each of the four levels. */
export const PrintSatisfaction = ({ detail }: { detail: SatisfactionReport }) => {
  const t = useT()
  const f = useReportFormat()
  const levels = [...detail.distribution].sort((a, b) => b.score - a.score)
  return (
    <table className="doc-table doc-table--levels" data-testid="print-satisfaction">
      <thead>
        <tr>
          <th>{t('reports.colScore')}</th>
          <th>{t('print.colCount')}</th>
          <th>{t('print.colShare')}</th>
        </tr>
      </thead>
      <tbody>
        {levels.map((l) => (
          <tr key={l.score}>
            <td>{t(`rating.score${l.score}`)}</td>
            <td className="num">{f.count(l.count)}</td>
            <td className="num">{f.percent(l.percent)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
