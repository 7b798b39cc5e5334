import type { LinkStatus } from '../live.ts'
import { useT } from '../i18n.ts'

/** Shown while the socket is down; socket.io keeps retrying and the next `state` replaces everything. */
export const ConnectionBanner = ({ status }: { status: LinkStatus }) => {
  const t = useT()
  if (status !== 'down') return null
  return (
    <div className="connection-banner" role="alert" data-testid="connection-banner">
      <span className="connection-banner__dot" aria-hidden="true" />
      {t('common.reconnecting')}
    </div>
  )
}
