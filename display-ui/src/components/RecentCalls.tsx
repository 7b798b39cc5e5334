import type { TicketCalled } from '@luot/server/contract'
import { useT } from '../i18n.ts'

// As many as fit whole beside six counter tiles above six services on a 1920×1080 TV (board.css sizes
// everything in vh, so any 16:9 TV shows the same); on other shapes the list's wrap hides a row whole.
const SHOWN = 4

export const RecentCalls = ({ calls }: { calls: TicketCalled[] }) => {
  const t = useT()
  return (
    <section className="recent-calls" data-testid="recent-calls">
      <h2 className="panel-title">{t('board.recentCalls')}</h2>
      <ol className="recent-calls__list">
        {calls.slice(0, SHOWN).map((call, i) => (
          <li key={`${call.number}-${call.calledAt}`} className={i === 0 ? 'recent-call is-latest' : 'recent-call'}>
            <span className="recent-call__number">{call.number}</span>
            <span className="recent-call__counter">{t('board.callTo', { counter: call.counterName })}</span>
          </li>
        ))}
      </ol>
    </section>
  )
}
