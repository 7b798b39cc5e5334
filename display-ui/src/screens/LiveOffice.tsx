import { useEffect, useRef } from 'react'
import type { LiveOfficeView } from '@luot/server/contract'
import { api } from '../api.ts'
import type { ApiErrorCode } from '../api.ts'
import { useT } from '../i18n.ts'
import type { MessageKey } from '../i18n.ts'
import { useApi } from '../use-api.ts'
import { useDebounced } from '../use-debounced.ts'
import { useLive, useLiveEvent, useOnConnect } from '../use-live.ts'
import { clockOffset, DEFAULT_TIME_ZONE, useOfficeInfo } from '../use-office.ts'
import { usePrinters } from '../use-printers.ts'
import { ConnectionBanner } from '../components/ConnectionBanner.tsx'
import { ErrorText } from '../components/ErrorText.tsx'
import { LiveTables } from '../components/LiveTables.tsx'
import { PrinterStatus } from '../components/PrinterStatus.tsx'
import { ServerClock } from '../components/ServerClock.tsx'

// Longest waits grow with no event at all: refetch now and then as well.
const POLL_MS = 30_000
const noop = () => undefined

/**
 * The live office. It stays mounted behind the reports tab (`shown` false) so that its connection, and the
 * banner when that connection is lost, stay with the manager on every tab.
 */
export const LiveOffice = ({
  token,
  onSignOut,
  shown = true,
}: {
  token: string
  onSignOut: (why: ApiErrorCode) => void
  shown?: boolean
}) => {
  const t = useT()
  const { live, snap } = useLive({ role: 'manager', token })
  const info = useOfficeInfo(live)
  const printers = usePrinters(live)
  const view = useApi(() => api.live(token), token)
  const { reload } = view
  const debounced = useDebounced(reload, 250)
  // Behind the reports tab only the connection is kept: no refetching of a view nobody sees.
  const refresh = shown ? debounced : noop
  useLiveEvent(live, 'counter:changed', refresh)
  useLiveEvent(live, 'queue:changed', refresh)
  useLiveEvent(live, 'ticket:called', refresh)
  useOnConnect(live, refresh)
  // Back from the reports tab: what was missed meanwhile is fetched once.
  const wasShown = useRef(shown)
  useEffect(() => {
    const isBack = shown && !wasShown.current
    wasShown.current = shown
    if (!shown) return undefined
    if (isBack) reload()
    const timer = setInterval(refresh, POLL_MS)
    return () => clearInterval(timer)
  }, [refresh, shown, reload])
  const isExpired = view.error === 'UNAUTHORIZED' || snap.refusedCode === 'UNAUTHORIZED'
  useEffect(() => {
    if (isExpired) onSignOut('UNAUTHORIZED')
  }, [isExpired, onSignOut])

  const data: LiveOfficeView | null = view.data
  // Booked tickets are waiting but not in the hall yet: the hall figure leaves them out.
  const booked = data?.services.reduce((sum, s) => sum + s.booked, 0) ?? 0
  const totals: [MessageKey, number][] = data
    ? [
        ['manager.issued', data.today.issued],
        ['manager.served', data.today.served],
        ['manager.noShow', data.today.noShow],
        ['manager.waiting', data.today.waiting - booked],
        ['manager.booked', booked],
      ]
    : []
  if (!shown) return <ConnectionBanner status={snap.status} />
  return (
    <main className="live-office" data-testid="live-office">
      <ConnectionBanner status={snap.status} />
      <header className="live-office__head">
        <h1>{info.office?.name ?? t('app.titleManager')}</h1>
        <ServerClock offsetMs={clockOffset(snap, info)} timeZone={info.office?.timeZone ?? DEFAULT_TIME_ZONE} />
      </header>
      {!data ? (
        view.error ? <ErrorText code={view.error} /> : <p>{t('common.loading')}</p>
      ) : (
        <>
          <dl className="totals" data-testid="totals">
            {totals.map(([label, value]) => (
              <div key={label} className="totals__item" data-testid={`total-${label.split('.')[1] ?? label}`}>
                <dt>{t(label)}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          <LiveTables view={data} />
          <section className="card">
            <h2 className="card__title">{t('manager.printersTitle')}</h2>
            <PrinterStatus printers={printers} kiosks={info.office?.kiosks ?? []} />
          </section>
        </>
      )}
    </main>
  )
}
