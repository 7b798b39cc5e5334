import type { RatingScore } from '@luot/server/contract'

// Drawn, not emoji: the office's TVs and tablets may lack a colour emoji font.
const MOUTHS: Record<RatingScore, string> = {
  1: 'M30 70 Q50 52 70 70',
  2: 'M32 66 L68 66',
  3: 'M30 60 Q50 76 70 60',
  4: 'M28 56 Q50 90 72 56 Z',
}

export const Face = ({ score }: { score: RatingScore }) => (
  <svg className={`face face--${score}`} viewBox="0 0 100 100" aria-hidden="true">
    <circle cx="50" cy="50" r="46" className="face__skin" />
    <circle cx="35" cy="40" r="6" className="face__eye" />
    <circle cx="65" cy="40" r="6" className="face__eye" />
    <path d={MOUTHS[score]} className={score === 4 ? 'face__mouth face__mouth--open' : 'face__mouth'} />
  </svg>
)
