import { useState } from 'react'
import { useT } from '../i18n.ts'
import { useLive, useLiveEvent } from '../use-live.ts'
import { ConnectionBanner } from '../components/ConnectionBanner.tsx'

/** The screen over one counter (1280×720): its name and the number served there, huge. */
export const CounterScreen = ({ counterId }: { counterId: string }) => {
  const t = useT()
  const { live, snap } = useLive({ role: 'display', counterId })
  const [flashKey, setFlashKey] = useState<string | null>(null)
  useLiveEvent(live, 'ticket:called', (call) => {
    if (call.counterId === counterId) setFlashKey(`${call.number}@${call.calledAt}`)
  })

  const counter = snap.office?.counters.find((c) => c.id === counterId)
  const isUnknown = snap.office !== null && !counter
  const status = counter?.status ?? 'open'
  return (
    <div className={`counter-screen counter-screen--${status}`} data-testid="counter-screen">
      <ConnectionBanner status={snap.status} />
      <header className="counter-screen__name">{counter?.name ?? ''}</header>
      {isUnknown ? (
        <main className="counter-screen__message">{t('board.unknownCounter')}</main>
      ) : status !== 'open' ? (
        <main className="counter-screen__message" data-testid="counter-status">
          {t(`counterStatus.${status}`)}
        </main>
      ) : (
        <main key={flashKey ?? 'still'} className={flashKey ? 'counter-screen__body is-flashing' : 'counter-screen__body'}>
          <div className="counter-screen__label">{t('board.nowServing')}</div>
          <div className="counter-screen__number" data-testid="counter-number">
            {counter?.ticket?.number ?? t('common.noValue')}
          </div>
        </main>
      )}
    </div>
  )
}
