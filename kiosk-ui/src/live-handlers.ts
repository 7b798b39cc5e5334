import type { LiveHandlers } from './live.ts'
import type { KioskState, Store } from './store.ts'

const KEPT_FAILED_PRINTS = 10

export interface LiveReloads {
  reloadServices: () => Promise<void>
  /** A service's queue changed (a ticket issued, called, transferred): its slots may have filled. */
  queueChanged: (serviceId?: string) => Promise<void>
}

/** Socket events → the kiosk store. The server decides every figure; the kiosk only copies them. */
export function makeLiveHandlers(store: Store<KioskState>, { reloadServices, queueChanged }: LiveReloads): LiveHandlers {
  return {
    onConnection: (connection) => store.set((s) => (s.connection === connection ? s : { ...s, connection })),
    onState(state) {
      const server = Date.parse(state.serverNow)
      store.set((s) => ({
        ...s,
        clockOffsetMs: Number.isNaN(server) ? s.clockOffsetMs : server - Date.now(),
        services: s.services.map((service) => {
          const waiting = state.waiting.find((w) => w.serviceId === service.id)
          return waiting ? { ...service, waiting: waiting.count, booked: waiting.booked } : service
        }),
      }))
      // After a reconnect anything may have changed (estimates, the office's services): reload.
      // A failure keeps the current list; the next `state` tries again.
      reloadServices().catch(() => undefined)
      void queueChanged()
    },
    onQueueChanged(event) {
      store.set((s) => ({
        ...s,
        services: s.services.map((service) =>
          service.id === event.serviceId
            ? { ...service, waiting: event.waiting, booked: event.booked, estimatedWaitMinutes: event.estimatedWaitMinutes }
            : service,
        ),
      }))
      void queueChanged(event.serviceId)
    },
    onPrinterChanged(event) {
      store.set((s) => {
        // The server sends a kiosk only its own printer; a printer named after another kiosk is not ours.
        const isOther = event.id !== s.kioskId && (s.office?.kiosks ?? []).some((k) => k.id === event.id)
        return isOther ? s : { ...s, printerState: event.state }
      })
    },
    onPrintFailed(event) {
      store.set((s) =>
        event.kioskId === s.kioskId
          ? { ...s, failedPrints: [...s.failedPrints.slice(-(KEPT_FAILED_PRINTS - 1)), event.number] }
          : s,
      )
    },
  }
}
