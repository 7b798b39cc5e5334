import { useEffect } from 'react'
import type { ReactNode } from 'react'
import { useActions } from '../actions.ts'
import { Header } from '../components/Header.tsx'
import { StatusBanner } from '../components/StatusBanner.tsx'
import { useIdleCountdown } from '../hooks/use-idle-countdown.ts'
import { useOrientation } from '../hooks/use-orientation.ts'
import { useT } from '../hooks/use-t.ts'
import { isPrinterDown } from '../printer.ts'
import type { Step } from '../store.ts'
import { useKiosk } from '../store.ts'
import { ErrorScreen } from './ErrorScreen.tsx'
import { LoadingScreen } from './LoadingScreen.tsx'
import { PriorityScreen } from './PriorityScreen.tsx'
import { ServiceScreen } from './ServiceScreen.tsx'
import { SlotScreen } from './SlotScreen.tsx'
import { TicketScreen } from './TicketScreen.tsx'

// Seconds without a touch before the kiosk goes back to the start for the next citizen.
const IDLE_SECONDS: Record<Step['name'], number | null> = {
  loading: null,
  issuing: null,
  service: 60,
  slot: 60,
  priority: 60,
  ticket: 30,
  error: 20,
}

function renderStep(step: Step, totalSteps: number, secondsLeft: number | null): ReactNode {
  switch (step.name) {
    case 'loading':
      return <LoadingScreen message="loading.message" />
    case 'issuing':
      return <LoadingScreen message="issuing.message" />
    case 'service':
      return <ServiceScreen totalSteps={totalSteps} />
    case 'slot':
      return <SlotScreen serviceId={step.serviceId} notice={step.notice} totalSteps={totalSteps} />
    case 'priority':
      return <PriorityScreen totalSteps={totalSteps} />
    case 'ticket':
      return <TicketScreen ticket={step.ticket} secondsLeft={secondsLeft} />
    case 'error':
      return <ErrorScreen code={step.code} secondsLeft={secondsLeft} />
  }
}

export function KioskApp() {
  const t = useT()
  const { home } = useActions()
  const step = useKiosk((s) => s.step)
  const lang = useKiosk((s) => s.lang)
  const isOffline = useKiosk((s) => s.connection === 'down')
  const isPrinterBad = useKiosk((s) => isPrinterDown(s.printerState))
  const totalSteps = useKiosk((s) => ((s.office?.priorityClasses.length ?? 0) > 0 ? 3 : 2))
  const orientation = useOrientation()
  const secondsLeft = useIdleCountdown(IDLE_SECONDS[step.name], step, home)

  useEffect(() => {
    document.documentElement.lang = lang === 'en' ? 'en' : 'vi'
    document.title = t('app.title')
  }, [lang, t])

  return (
    <div className={`kiosk kiosk--${orientation}`} data-step={step.name}>
      <Header />
      {isOffline && (
        <StatusBanner tone="danger" testId="offline">
          {t('connection.lost')}
        </StatusBanner>
      )}
      {isPrinterBad && step.name !== 'ticket' && (
        <StatusBanner tone="warning" testId="printer-notice">
          {t('printer.notice')}
        </StatusBanner>
      )}
      <main className={`screen screen--${step.name}`}>{renderStep(step, totalSteps, secondsLeft)}</main>
    </div>
  )
}
