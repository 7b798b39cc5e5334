import type { CounterChanged } from '@luot/server/contract'
import { useT } from '../i18n.ts'

interface Props {
  counter: CounterChanged
  /** Changes with each call at this counter; the tile flashes when it does. */
  flashKey: string | undefined
}

export const CounterTile = ({ counter, flashKey }: Props) => {
  const t = useT()
  const isOpen = counter.status === 'open'
  return (
    <div
      key={flashKey ?? 'still'}
      className={`counter-tile counter-tile--${counter.status}${flashKey ? ' is-flashing' : ''}`}
      data-testid={`counter-tile-${counter.id}`}
    >
      <div className="counter-tile__name">{counter.name}</div>
      <div className="counter-tile__number" data-testid="counter-number">
        {counter.ticket?.number ?? t('common.noValue')}
      </div>
      {!isOpen && <div className="counter-tile__status">{t(`counterStatus.${counter.status}`)}</div>}
    </div>
  )
}
