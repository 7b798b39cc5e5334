import { useState } from 'react'
import type { FormEvent } from 'react'
import { api } from '../api.ts'
import type { ApiErrorCode } from '../api.ts'
import { useT } from '../i18n.ts'
import { ErrorText } from './ErrorText.tsx'

interface Props {
  token: string
  /** A ticket a kiosk just failed to print: offered as a one-press reprint. */
  failedNumber: string | null
}

/** Staff print a ticket of today again by its number (paper jam, printer back after an error). */
export const ReprintBox = ({ token, failedNumber }: Props) => {
  const t = useT()
  const [number, setNumber] = useState('')
  const [isBusy, setBusy] = useState(false)
  const [error, setError] = useState<ApiErrorCode | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const reprint = async (n: string) => {
    if (isBusy || !n) return
    setBusy(true)
    setError(null)
    const r = await api.reprint(token, n)
    setBusy(false)
    if (r.ok) setDone(n)
    else setError(r.code)
  }
  const submit = (e: FormEvent) => {
    e.preventDefault()
    void reprint(number.trim().toUpperCase())
  }
  return (
    <section className="card" data-testid="reprint">
      <h2 className="card__title">{t('staff.reprintTitle')}</h2>
      {failedNumber && (
        <button type="button" className="action reprint__button" disabled={isBusy} onClick={() => void reprint(failedNumber)}>
          {t('staff.reprintThis', { number: failedNumber })}
        </button>
      )}
      <form className="reprint__form" onSubmit={submit}>
        <input
          aria-label={t('staff.reprintNumber')}
          placeholder={t('staff.reprintNumber')}
          value={number}
          maxLength={8}
          onChange={(e) => setNumber(e.target.value)}
        />
        <button type="submit" className="action reprint__button" disabled={isBusy || number.trim() === ''}>
          {t('staff.reprint')}
        </button>
      </form>
      <ErrorText code={error} />
      {done && <p className="notice">{t('staff.reprinted', { number: done })}</p>}
    </section>
  )
}
