import type { ActionSpec } from '../staff-actions.ts'
import { useT } from '../i18n.ts'

interface Props {
  action: ActionSpec
  isDisabled: boolean
  onPress: () => void
  className?: string
}

/** A console button with its key printed on it. Clicking does not focus it, so Space/Enter stay shortcuts. */
export const ShortcutButton = ({ action, isDisabled, onPress, className = '' }: Props) => {
  const t = useT()
  const keyNames = action.keys.map((k) => (k === ' ' ? t('keys.space') : k === 'Enter' ? t('keys.enter') : k.toUpperCase()))
  return (
    <button
      type="button"
      className={`action ${action.isPrimary ? 'action--primary' : ''} action--${action.id} ${className}`}
      data-testid={`action-${action.id}`}
      disabled={isDisabled}
      onMouseDown={(e) => e.preventDefault()}
      onClick={(e) => {
        // The second click of a double click (detail 2) is not a second press.
        if (e.detail <= 1) onPress()
      }}
    >
      <span className="action__label">{t(action.label)}</span>
      <kbd className="action__key">{keyNames.join(' / ')}</kbd>
    </button>
  )
}
