import type { ApiErrorCode } from '../api.ts'
import { useT } from '../i18n.ts'

/** An error in the catalog's words (never the server's message text), with its code for support. */
export const ErrorText = ({ code, className = 'error-text' }: { code: ApiErrorCode | null; className?: string }) => {
  const t = useT()
  if (!code) return null
  return (
    <p className={className} role="alert" data-testid="error" data-code={code}>
      {code === 'NETWORK' ? t('common.networkError') : t(`errors.${code}`)}
    </p>
  )
}
