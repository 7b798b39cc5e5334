import { useEffect, useState } from 'react'
import type { LoginView } from '@luot/server/contract'
import { api } from '../api.ts'
import type { ApiErrorCode } from '../api.ts'
import { useT } from '../i18n.ts'
import { actionsFor, LOGOUT } from '../staff-actions.ts'
import { useApi } from '../use-api.ts'
import { useDebounced } from '../use-debounced.ts'
import { dossierTarget, useDossier } from '../use-dossier.ts'
import { useLive, useLiveEvent, useOnConnect } from '../use-live.ts'
import { clockOffset, DEFAULT_TIME_ZONE, useOfficeInfo } from '../use-office.ts'
import { usePrinters } from '../use-printers.ts'
import { useShortcuts } from '../use-shortcuts.ts'
import { commandKindOf, useStaffCommands } from '../use-staff-commands.ts'
import { ConnectionBanner } from '../components/ConnectionBanner.tsx'
import { ConsoleSide } from '../components/ConsoleSide.tsx'
import { CurrentTicket } from '../components/CurrentTicket.tsx'
import { DossierBox } from '../components/DossierBox.tsx'
import { ErrorText } from '../components/ErrorText.tsx'
import { NextUp } from '../components/NextUp.tsx'
import { PauseDialog } from '../components/PauseDialog.tsx'
import { PrinterStatus } from '../components/PrinterStatus.tsx'
import { ReprintBox } from '../components/ReprintBox.tsx'
import { ServerClock } from '../components/ServerClock.tsx'
import { ShortcutButton } from '../components/ShortcutButton.tsx'
import { TransferDialog } from '../components/TransferDialog.tsx'

/** Focuses the dossier code field (d for dossier, like the console's other English initials). */
const DOSSIER_KEY = 'd'

interface Props {
  login: LoginView
  counterId: string
  onSignOut: (reason: ApiErrorCode | null) => void
}

/** One counter's console: the current ticket, a button (and a key) for each thing staff do. */
export const StaffConsole = ({ login, counterId, onSignOut }: Props) => {
  const t = useT()
  const { token } = login
  const { live, snap } = useLive({ role: 'staff', token })
  const info = useOfficeInfo(live)
  const printers = usePrinters(live)
  const view = useApi(() => api.console(token, counterId), `${counterId}:${token}`)
  const isExpired = view.error === 'UNAUTHORIZED' || snap.refusedCode === 'UNAUTHORIZED'
  useEffect(() => {
    if (isExpired) onSignOut('UNAUTHORIZED')
  }, [isExpired, onSignOut])

  const refresh = useDebounced(view.reload, 120)
  const serves = (serviceId: string) => view.data?.counter.serviceIds.includes(serviceId) ?? true
  useLiveEvent(live, 'counter:changed', (c) => c.id === counterId && refresh())
  useLiveEvent(live, 'queue:changed', (q) => serves(q.serviceId) && refresh())
  // The 30-second \`state\` also marks slots starting: booked tickets join the call order with no queue event.
  useLiveEvent(live, 'state', refresh)
  useOnConnect(live, view.reload)
  // A kiosk could not print: staff tell the citizen, whose ticket exists all the same.
  const [printFailed, setPrintFailed] = useState<string | null>(null)
  useLiveEvent(live, 'print:failed', (e) => setPrintFailed(e.number))

  const ticket = view.data?.ticket ?? null
  const { runners, pause, transfer, command, notice, dialog, setDialog } = useStaffCommands({
    token,
    counterId,
    ticket,
    reload: view.reload,
    onSignOut,
  })

  const target = dossierTarget(view.data)
  const dossier = useDossier({ token, ticket: target, reload: view.reload, onError: (code) => code === 'UNAUTHORIZED' && onSignOut(code) })
  // Busy while either runs: a double Enter in the dossier field saves once and never also calls next.
  const isBusy = command.isBusy || dossier.command.isBusy

  const actions = view.data ? actionsFor(view.data) : []
  const all = [...actions, LOGOUT]
  useShortcuts(
    [
      ...all.map((a) => ({ keys: a.keys, run: () => !isBusy && commandKindOf(a.id) !== command.settlingKind && runners[a.id]() })),
      ...(target ? [{ keys: [DOSSIER_KEY], run: dossier.focus }] : []),
    ],
    dialog === null,
  )

  const counter = view.data?.counter
  return (
    <div className="staff" data-testid="staff-console">
      <ConnectionBanner status={snap.status} />
      <header className="topbar">
        <div className="topbar__who">
          <strong className="topbar__counter">{counter?.name ?? counterId}</strong>
          <span className="topbar__user">{login.user.name}</span>
        </div>
        <PrinterStatus printers={printers} kiosks={info.office?.kiosks ?? []} />
        <ServerClock offsetMs={clockOffset(snap, info)} timeZone={info.office?.timeZone ?? DEFAULT_TIME_ZONE} />
        <ShortcutButton action={LOGOUT} isDisabled={false} onPress={runners.logout} className="action--small" />
      </header>
      {!view.data ? (
        <main className="staff__loading">
          {view.error ? <ErrorText code={view.error} /> : <p>{t('common.loading')}</p>}
        </main>
      ) : (
        <main className="staff__main">
          <section className="staff__work">
            {counter?.status === 'paused' && (
              <p className="paused-note" data-testid="paused-note">
                {counter.pauseReason ? t('staff.pausedBecause', { reason: counter.pauseReason }) : t('counterStatus.paused')}
              </p>
            )}
            <CurrentTicket
              view={view.data}
              serviceName={info.serviceName}
              timeZone={info.office?.timeZone ?? DEFAULT_TIME_ZONE}
              aside={
                target && (
                  <DossierBox ticket={target} isFinished={target.status === 'done'} dossier={dossier} shortcutKey={DOSSIER_KEY} />
                )
              }
            />
            <div className="staff__feedback" aria-live="polite">
              <ErrorText code={command.error} />
              {notice && <p className="notice" data-testid="notice">{t(notice)}</p>}
              {printFailed && <p className="notice notice--warn">{t('staff.printFailed', { number: printFailed })}</p>}
            </div>
            <NextUp numbers={view.data.callOrder} />
            <div className="actions" data-testid="actions">
              {actions.map((a) => (
                <ShortcutButton
                  key={a.id}
                  action={a}
                  isDisabled={isBusy || commandKindOf(a.id) === command.settlingKind}
                  onPress={runners[a.id]}
                />
              ))}
            </div>
          </section>
          <div className="staff__side">
            <ConsoleSide view={view.data} serviceName={info.serviceName} />
            <ReprintBox token={token} failedNumber={printFailed} />
          </div>
        </main>
      )}
      {dialog === 'pause' && (
        <PauseDialog
          isBusy={command.isBusy}
          onCancel={() => setDialog(null)}
          onConfirm={pause}
        />
      )}
      {dialog === 'transfer' && ticket && (
        <TransferDialog
          number={ticket.number}
          currentServiceId={ticket.serviceId}
          services={info.services}
          isBusy={command.isBusy}
          onCancel={() => setDialog(null)}
          onConfirm={transfer}
        />
      )}
    </div>
  )
}
