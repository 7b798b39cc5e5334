import { useState } from 'react'
import type { RatingScore } from '@luot/server/contract'
import { useT } from '../i18n.ts'
import { Face } from './Face.tsx'

interface Props {
  question: string
  reasons: string[]
  isBusy: boolean
  onSubmit: (score: RatingScore, reasons: string[]) => void
}

const SCORES: RatingScore[] = [1, 2, 3, 4]
// Reasons are asked only for a low score: a satisfied citizen is done in one tap.
const LOW = 2

/** The four faces, then for a low score the office's reason chips. Shared by tablet and phone. */
export const RatingPicker = ({ question, reasons, isBusy, onSubmit }: Props) => {
  const t = useT()
  const [low, setLow] = useState<RatingScore | null>(null)
  const [chosen, setChosen] = useState<string[]>([])

  const pick = (score: RatingScore) => {
    if (score <= LOW && reasons.length > 0) setLow(score)
    else onSubmit(score, [])
  }
  const toggle = (reason: string) =>
    setChosen((c) => (c.includes(reason) ? c.filter((r) => r !== reason) : [...c, reason]))

  if (low !== null) {
    return (
      <div className="rating rating--reasons" data-testid="rating-reasons">
        <div className="rating__chosen">
          <Face score={low} />
          <span>{t(`rating.score${low}`)}</span>
        </div>
        <p className="rating__question">{t('rating.reasonsTitle')}</p>
        <div className="rating__chips">
          {reasons.map((r) => (
            <button
              key={r}
              type="button"
              className={chosen.includes(r) ? 'chip is-on' : 'chip'}
              aria-pressed={chosen.includes(r)}
              onClick={() => toggle(r)}
            >
              {r}
            </button>
          ))}
        </div>
        <div className="rating__actions">
          <button type="button" className="button button--ghost" onClick={() => setLow(null)} disabled={isBusy}>
            {t('rating.back')}
          </button>
          <button
            type="button"
            className="button button--primary"
            data-testid="rating-send"
            onClick={() => onSubmit(low, chosen)}
            disabled={isBusy}
          >
            {t('rating.send')}
          </button>
        </div>
      </div>
    )
  }
  return (
    <div className="rating" data-testid="rating-faces">
      <p className="rating__question">{question}</p>
      <div className="rating__faces">
        {SCORES.map((s) => (
          <button
            key={s}
            type="button"
            className={`rating__face rating__face--${s}`}
            data-testid={`rating-${s}`}
            onClick={() => pick(s)}
            disabled={isBusy}
          >
            <Face score={s} />
            <span className="rating__label">{t(`rating.score${s}`)}</span>
          </button>
        ))}
      </div>
    </div>
  )
}
