import { useT } from '../i18n.ts'
import type { MessageKey } from '../i18n.ts'

export interface Fact {
  id: string
  label: MessageKey
  value: string
  detail?: string
}

/** A row of small labelled figures under a section's table (counts a manager reads at a glance). */
export const ReportFacts = ({ facts }: { facts: Fact[] }) => {
  const t = useT()
  return (
    <dl className="report-facts">
      {facts.map((x) => (
        <div key={x.id} className="report-fact" data-testid={`fact-${x.id}`}>
          <dt>{t(x.label)}</dt>
          <dd>
            <strong>{x.value}</strong>
            {x.detail && <small> {x.detail}</small>}
          </dd>
        </div>
      ))}
    </dl>
  )
}
