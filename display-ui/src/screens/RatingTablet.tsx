import { useEffect, useRef, useState } from 'react'
import type { RatingRequested, RatingScore } from '@luot/server/contract'
import { api } from '../api.ts'
import type { ApiErrorCode } from '../api.ts'
import { useT } from '../i18n.ts'
import { useLive, useLiveEvent } from '../use-live.ts'
import { useOfficeInfo } from '../use-office.ts'
import { ConnectionBanner } from '../components/ConnectionBanner.tsx'
import { ErrorText } from '../components/ErrorText.tsx'
import { RatingPicker } from '../components/RatingPicker.tsx'

type Phase =
  | { kind: 'idle' }
  | { kind: 'asking'; request: RatingRequested }
  | { kind: 'thanks' }
  | { kind: 'refused'; code: ApiErrorCode }

// A citizen who walks away without rating must not leave the faces up for the next one.
const ASK_FOR_MS = 120_000
const THANKS_FOR_MS = 5_000

/** The tablet at a counter: idle thanks, then the four faces when that counter finishes a ticket. */
export const RatingTablet = ({ counterId }: { counterId: string }) => {
  const t = useT()
  const { live, snap } = useLive({ role: 'display', counterId })
  const info = useOfficeInfo(live)
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' })
  const [isBusy, setBusy] = useState(false)
  const inFlight = useRef(false)

  useLiveEvent(live, 'rating:requested', (request) => {
    if (request.counterId === counterId) setPhase({ kind: 'asking', request })
  })

  useEffect(() => {
    if (phase.kind === 'idle') return undefined
    const timer = setTimeout(() => setPhase({ kind: 'idle' }), phase.kind === 'asking' ? ASK_FOR_MS : THANKS_FOR_MS)
    return () => clearTimeout(timer)
  }, [phase])

  const submit = async (request: RatingRequested, score: RatingScore, reasons: string[]) => {
    if (inFlight.current) return
    inFlight.current = true
    setBusy(true)
    const res = await api.rateAtCounter(counterId, {
      score,
      ...(reasons.length > 0 ? { reasons } : {}),
      number: request.number,
    })
    inFlight.current = false
    setBusy(false)
    setPhase(res.ok ? { kind: 'thanks' } : { kind: 'refused', code: res.code })
  }

  const counterName = snap.office?.counters.find((c) => c.id === counterId)?.name ?? ''
  return (
    <div className="tablet" data-testid="rating-tablet" data-phase={phase.kind}>
      <ConnectionBanner status={snap.status} />
      {snap.status === 'refused' && <p className="tablet__refused">{t('rate.refused')}</p>}
      <header className="tablet__counter">{counterName}</header>
      {phase.kind === 'idle' && (
        <main className="tablet__idle" data-testid="rating-idle">
          <p className="tablet__big">{t('rate.idle')}</p>
          <p className="tablet__hint">{t('rate.idleHint')}</p>
        </main>
      )}
      {phase.kind === 'asking' && (
        <main className="tablet__ask">
          <p className="tablet__number">{t('rate.forNumber', { number: phase.request.number })}</p>
          <RatingPicker
            key={`${phase.request.number}@${phase.request.finishedAt}`}
            question={t('rating.question')}
            reasons={info.office?.ratingReasons ?? []}
            isBusy={isBusy}
            onSubmit={(score, reasons) => void submit(phase.request, score, reasons)}
          />
        </main>
      )}
      {phase.kind === 'thanks' && (
        <main className="tablet__idle" data-testid="rating-thanks">
          <p className="tablet__big">{t('rating.thanks')}</p>
        </main>
      )}
      {phase.kind === 'refused' && (
        <main className="tablet__idle" data-testid="rating-error">
          <ErrorText code={phase.code} className="tablet__error" />
        </main>
      )}
    </div>
  )
}
