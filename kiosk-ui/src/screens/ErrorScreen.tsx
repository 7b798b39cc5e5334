import { useActions } from '../actions.ts'
import { BigButton } from '../components/BigButton.tsx'
import { OfflineNotice } from '../components/OfflineNotice.tsx'
import { ReopenInfo } from '../components/ReopenInfo.tsx'
import { useT } from '../hooks/use-t.ts'
import { hasKey } from '../i18n.ts'
import type { MessageKey } from '../i18n.ts'
import { useKiosk } from '../store.ts'

interface ErrorScreenProps {
  code: string
  secondsLeft: number | null
}

type Remedy = 'otherSlot' | 'retry' | 'none'

// What the citizen can do next; a refusal that retrying cannot fix offers only the way back.
const REMEDIES: Record<string, Remedy> = {
  SLOT_FULL: 'otherSlot',
  INVALID_SLOT: 'otherSlot',
  OFFICE_CLOSED: 'none',
  UNKNOWN_SERVICE: 'none',
  IDEMPOTENCY_MISMATCH: 'none',
}

/** Words from the catalog by code, never the server's message; unknown codes get a generic text. */
function messageKey(code: string): MessageKey {
  const key = `errors.${code}`
  return hasKey(key) ? key : 'errors.UNKNOWN'
}

export function ErrorScreen({ code, secondsLeft }: ErrorScreenProps) {
  const t = useT()
  const { retry, otherSlot, home } = useActions()
  const remedy = REMEDIES[code] ?? 'retry'
  // Trying the issue request again waits for the connection, like the first tap did.
  const isRetryBlocked = useKiosk((s) => s.connection === 'down' && s.step.name === 'error' && s.step.request !== null)
  const reopen = useKiosk((s) => (code === 'OFFICE_CLOSED' ? (s.office?.nextOpen ?? null) : null))
  return (
    <div className="error" role="alert" data-testid="error" data-code={code}>
      <div className="error__icon" aria-hidden="true" />
      <h1 className="error__title">{t('error.title')}</h1>
      <p className="error__message" data-testid="error-message">
        {t(messageKey(code))}
      </p>
      {reopen && <ReopenInfo opening={reopen} />}
      <OfflineNotice isShown={remedy === 'retry' && isRetryBlocked} />
      <div className="error__actions">
        {remedy === 'otherSlot' && (
          <BigButton variant="primary" onPress={otherSlot} testId="error-other-slot">
            {t('error.otherSlot')}
          </BigButton>
        )}
        {remedy === 'retry' && (
          <BigButton variant="primary" isDisabled={isRetryBlocked} onPress={retry} testId="error-retry">
            {t('error.retry')}
          </BigButton>
        )}
        <BigButton variant="secondary" onPress={home} testId="error-home">
          {t('error.home')}
        </BigButton>
      </div>
      <div className="countdown">{secondsLeft !== null && t('error.countdown', { seconds: secondsLeft })}</div>
    </div>
  )
}
