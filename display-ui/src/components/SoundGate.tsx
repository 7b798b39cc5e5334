import { useEffect } from 'react'
import { useT } from '../i18n.ts'

interface Props {
  isUnlocked: boolean
  onUnlock: () => void
}

/**
 * Browsers play sound only after a user gesture: staff tap the TV (or press a remote key) once a
 * day. Until then the board says so, big enough to notice from across the hall.
 */
export const SoundGate = ({ isUnlocked, onUnlock }: Props) => {
  const t = useT()
  useEffect(() => {
    if (isUnlocked) return undefined
    const onKey = () => onUnlock()
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [isUnlocked, onUnlock])
  if (isUnlocked) return null
  return (
    <button type="button" className="sound-gate" onClick={onUnlock} data-testid="sound-gate">
      <span className="sound-gate__icon" aria-hidden="true">
        <svg viewBox="0 0 24 24" width="1em" height="1em">
          <path fill="currentColor" d="M3 9v6h4l5 5V4L7 9H3zm13.5 3a4.5 4.5 0 0 0-2.5-4v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z" />
        </svg>
      </span>
      <span className="sound-gate__title">{t('board.enableSound')}</span>
      <span className="sound-gate__hint">{t('board.enableSoundHint')}</span>
    </button>
  )
}
