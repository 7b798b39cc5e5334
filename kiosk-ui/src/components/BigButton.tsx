import type { ReactNode } from 'react'

export type ButtonVariant = 'primary' | 'secondary' | 'choice' | 'quiet'

interface BigButtonProps {
  onPress: () => void
  variant?: ButtonVariant
  isDisabled?: boolean
  isSelected?: boolean
  className?: string
  testId?: string
  children: ReactNode
}

/** Every touch target of the kiosk: at least 96 px high, no hover state, a clear pressed state. */
export function BigButton({ onPress, variant = 'choice', isDisabled, isSelected, className, testId, children }: BigButtonProps) {
  const classes = ['big-button', `big-button--${variant}`, isSelected ? 'is-selected' : '', className ?? '']
  return (
    <button
      type="button"
      className={classes.filter(Boolean).join(' ')}
      disabled={isDisabled}
      aria-pressed={isSelected}
      data-testid={testId}
      onClick={onPress}
    >
      {children}
    </button>
  )
}
