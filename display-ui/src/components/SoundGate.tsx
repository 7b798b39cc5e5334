import { useEffect } from 'react'
import { useT } from '../i18n.ts'

interface Props {
  isUnlocked: boolean
  onUnlock: () => void
}

/**
 * Browsers play sound only after a user gesture: staff tap the TV (or press a remote key) once a day.
 * Until then a bright prompt under the office name says so, in Vietnamese and then English, without
 * covering anything: the board is read in silence meanwhile. A tap anywhere on the board counts; `click`
 * (not `pointerdown`) because a touch gives the page its user activation only when the finger lifts.
 */
export const SoundGate = ({ isUnlocked, onUnlock }: Props) => {
  const t = useT()
  useEffect(() => {
    if (isUnlocked) return undefined
    const unlock = () => onUnlock()
    window.addEventListener('click', unlock)
    window.addEventListener('keydown', unlock)
    return () => {
      window.removeEventListener('click', unlock)
      window.removeEventListener('keydown', unlock)
    }
  }, [isUnlocked, onUnlock])
  if (isUnlocked) return null
  // The window listener above handles the tap on the button as well.
  return (
    <button type="button" className="sound-gate" data-testid="sound-gate">
      <span className="sound-gate__icon" aria-hidden="true">
        <svg viewBox="0 0 24 24" width="1em" height="1em">
          <path
            fill="currentColor"
            d="M3 9v6h4l5 5V4L7 9H3zm13.5 3a4.5 4.5 0 0 0-2.5-4v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z"
          />
        </svg>
      </span>
      <span className="sound-gate__text">{t('board.soundPrompt')}</span>
      <span className="sound-gate__second">{t('board.soundPromptSecond')}</span>
    </button>
  )
}
