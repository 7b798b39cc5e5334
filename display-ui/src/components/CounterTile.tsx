import type { CounterChanged } from '@luot/server/contract'
import { useT } from '../i18n.ts'

interface Props {
  counter: CounterChanged
  /** Changes with each call at this counter; the tile flashes when it does. */
  flashKey: string | undefined
}

export const CounterTile = ({ counter, flashKey }: Props) => {
  const t = useT()
  // Paused with a citizen still at the desk: staff finish that ticket first, so its number stays shown.
  const isPausing = counter.status === 'paused' && counter.ticket !== null
  const look = isPausing ? 'pausing' : counter.status
  return (
    <div
      key={flashKey ?? 'still'}
      className={`counter-tile counter-tile--${look}${flashKey ? ' is-flashing' : ''}`}
      data-testid={`counter-tile-${counter.id}`}
    >
      <div className="counter-tile__name">{counter.name}</div>
      <div className="counter-tile__number" data-testid="counter-number">
        {counter.ticket?.number ?? t('common.noValue')}
      </div>
      {isPausing ? (
        <div className="counter-tile__marker" data-testid="counter-pausing">
          {t('counterStatus.paused')}
        </div>
      ) : (
        counter.status !== 'open' && <div className="counter-tile__status">{t(`counterStatus.${counter.status}`)}</div>
      )}
    </div>
  )
}
