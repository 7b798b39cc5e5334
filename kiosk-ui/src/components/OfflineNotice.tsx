import { useT } from '../hooks/use-t.ts'
import { StatusBanner } from './StatusBanner.tsx'

/**
 * Why the buttons that would issue a number are dimmed: while the live connection is down no tap
 * starts an issue request (a request the server may only see later, after the citizen has left).
 */
export function OfflineNotice({ isShown }: { isShown: boolean }) {
  const t = useT()
  if (!isShown) return null
  return (
    <StatusBanner tone="warning" testId="offline-notice">
      {t('connection.noIssue')}
    </StatusBanner>
  )
}
