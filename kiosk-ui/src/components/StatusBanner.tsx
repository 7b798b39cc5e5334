import type { ReactNode } from 'react'

interface StatusBannerProps {
  tone: 'danger' | 'warning'
  testId: string
  children: ReactNode
}

export function StatusBanner({ tone, testId, children }: StatusBannerProps) {
  return (
    <div className={`banner banner--${tone}`} role="alert" data-testid={testId}>
      {children}
    </div>
  )
}
