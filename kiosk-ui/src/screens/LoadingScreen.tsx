import { useT } from '../hooks/use-t.ts'
import type { MessageKey } from '../i18n.ts'

export function LoadingScreen({ message }: { message: MessageKey }) {
  const t = useT()
  return (
    <div className="loading" role="status" data-testid="loading">
      <div className="loading__spinner" aria-hidden="true" />
      <div className="loading__message">{t(message)}</div>
    </div>
  )
}
