import { useState } from 'react'
import { useT } from '../i18n.ts'
import { useLive, useLiveEvent } from '../use-live.ts'
import { ConnectionBanner } from '../components/ConnectionBanner.tsx'

/** The screen over one counter (1280×720, or a 1280×400 bar): its name and the number served there, huge. */
export const CounterScreen = ({ counterId }: { counterId: string }) => {
  const t = useT()
  const { live, snap } = useLive({ role: 'display', counterId })
  const [flashKey, setFlashKey] = useState<string | null>(null)
  useLiveEvent(live, 'ticket:called', (call) => {
    if (call.counterId === counterId) setFlashKey(`${call.number}@${call.calledAt}`)
  })

  // Until the first `state` nothing is known: a "—" would read as "nobody is being served".
  const isLoading = snap.office === null
  const counter = snap.office?.counters.find((c) => c.id === counterId)
  const isUnknown = !isLoading && !counter
  const status = counter?.status ?? 'open'
  // Paused with a citizen still at the desk: staff finish that ticket first, so its number stays up.
  const isPausing = status === 'paused' && Boolean(counter?.ticket)
  const look = isLoading ? 'loading' : isPausing ? 'pausing' : status
  return (
    <div className={`counter-screen counter-screen--${look}`} data-testid="counter-screen">
      <ConnectionBanner status={snap.status} />
      <header className="counter-screen__name">{counter?.name ?? ''}</header>
      {isLoading ? (
        <main className="counter-screen__message" data-testid="counter-loading">
          {t('common.loading')}
        </main>
      ) : isUnknown ? (
        <main className="counter-screen__message">{t('board.unknownCounter')}</main>
      ) : status !== 'open' && !isPausing ? (
        <main className="counter-screen__message" data-testid="counter-status">
          {t(`counterStatus.${status}`)}
        </main>
      ) : (
        <main key={flashKey ?? 'still'} className={flashKey ? 'counter-screen__body is-flashing' : 'counter-screen__body'}>
          <div className="counter-screen__label">{t('board.nowServing')}</div>
          <div className="counter-screen__number" data-testid="counter-number">
            {counter?.ticket?.number ?? t('common.noValue')}
          </div>
          {isPausing && (
            <div className="counter-screen__note" data-testid="counter-pausing">
              {t('board.pausingAfter')}
            </div>
          )}
        </main>
      )}
    </div>
  )
}
