import { useRef, useState } from 'react'
import type { RatingScore } from '@luot/server/contract'
import { api } from '../api.ts'
import type { ApiErrorCode } from '../api.ts'
import { useT } from '../i18n.ts'
import { useApi } from '../use-api.ts'
import { ErrorText } from './ErrorText.tsx'
import { RatingPicker } from './RatingPicker.tsx'

/** After the visit: one rating per ticket. ALREADY_RATED is a thank-you too (another tab rated it). */
export const PhoneRating = ({ ticketId, isRated }: { ticketId: string; isRated: boolean }) => {
  const t = useT()
  const office = useApi(isRated ? null : api.office, isRated ? '' : 'office')
  const [isDone, setDone] = useState(isRated)
  const [isBusy, setBusy] = useState(false)
  const [error, setError] = useState<ApiErrorCode | null>(null)
  const inFlight = useRef(false)

  const submit = async (score: RatingScore, reasons: string[]) => {
    if (inFlight.current) return
    inFlight.current = true
    setBusy(true)
    setError(null)
    const res = await api.rateTicket(ticketId, { score, ...(reasons.length > 0 ? { reasons } : {}) })
    inFlight.current = false
    setBusy(false)
    if (res.ok || res.code === 'ALREADY_RATED') setDone(true)
    else setError(res.code)
  }

  if (isDone || isRated) {
    return (
      <section className="phone-ticket__done" data-testid="phone-rated">
        <p className="phone__message">{t('phone.done')}</p>
        <p className="phone-ticket__thanks">{t('phone.rated')}</p>
      </section>
    )
  }
  return (
    <section className="phone-ticket__done" data-testid="phone-rating">
      <p className="phone__message">{t('phone.done')}</p>
      <RatingPicker
        question={t('phone.rateQuestion')}
        reasons={office.data?.ratingReasons ?? []}
        isBusy={isBusy}
        onSubmit={(score, reasons) => void submit(score, reasons)}
      />
      <ErrorText code={error} />
    </section>
  )
}
