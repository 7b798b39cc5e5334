import type { TicketCalled } from '@luot/server/contract'
import { useT } from '../i18n.ts'

// As many as fit whole beside six counter tiles above six services on a 1920×1080 TV (board.css sizes
// everything in vh, so any 16:9 TV shows the same); on other shapes the list's wrap hides a row whole.
const SHOWN = 4

interface Props {
  calls: TicketCalled[]
  /** No `state` from the server yet: an empty list would not be the truth. */
  isLoading: boolean
}

export const RecentCalls = ({ calls, isLoading }: Props) => {
  const t = useT()
  const empty = isLoading ? t('common.loading') : calls.length === 0 ? t('board.noCallsYet') : null
  return (
    <section className="recent-calls" data-testid="recent-calls">
      <h2 className="panel-title">{t('board.recentCalls')}</h2>
      {empty !== null ? (
        <p className="recent-calls__empty" data-testid={isLoading ? 'recent-calls-loading' : 'recent-calls-none'}>
          {empty}
        </p>
      ) : (
        <ol className="recent-calls__list">
          {calls.slice(0, SHOWN).map((call, i) => (
            <li key={`${call.number}-${call.calledAt}`} className={i === 0 ? 'recent-call is-latest' : 'recent-call'}>
              <span className="recent-call__number">{call.number}</span>
              <span className="recent-call__counter">{t('board.callTo', { counter: call.counterName })}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
