import { createContext, useContext, useSyncExternalStore } from 'react'
import type { IssueTicketBody, OfficeView, PrinterState, ServiceView, SlotView, TicketIssued } from '@luot/server/contract'
import type { Lang } from './i18n.ts'

/** One issue attempt: the body and the Idempotency-Key a retry must reuse. */
export interface IssueRequest {
  body: IssueTicketBody
  key: string
}

/** Why the kiosk came back to the slot screen: the slot the citizen chose was refused meanwhile. */
export interface SlotNotice {
  code: 'SLOT_FULL' | 'INVALID_SLOT'
  /** The slot start that was refused; null for "now". */
  slot: string | null
}

export type Step =
  | { name: 'loading' }
  | { name: 'service' }
  | { name: 'slot'; serviceId: string; notice: SlotNotice | null }
  | { name: 'priority'; serviceId: string; slot: string | null }
  | { name: 'issuing'; request: IssueRequest }
  | { name: 'ticket'; ticket: TicketIssued }
  | { name: 'error'; code: string; serviceId: string | null; request: IssueRequest | null }

export type Connection = 'connecting' | 'up' | 'down'

export interface KioskState {
  lang: Lang
  office: OfficeView | null
  services: ServiceView[]
  kioskId: string | null
  /** Server time minus device time: the clock on screen never trusts the device. */
  clockOffsetMs: number
  connection: Connection
  printerState: PrinterState | null
  /** Numbers whose printing failed at this kiosk (print:failed may arrive before the HTTP answer). */
  failedPrints: string[]
  /**
   * The slots of the service on the slot screen, refreshed while it is shown. Kept apart from `step`
   * so that a refresh does not count as a new screen (which would restart the idle countdown).
   */
  slots: { serviceId: string; list: SlotView[] } | null
  step: Step
}

export interface Store<T> {
  get(): T
  set(update: (state: T) => T): void
  subscribe(listener: () => void): () => void
}

export function createStore<T>(initial: T): Store<T> {
  let state = initial
  const listeners = new Set<() => void>()
  return {
    get: () => state,
    set(update) {
      const next = update(state)
      if (next === state) return
      state = next
      for (const listener of listeners) listener()
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

export function initialKioskState(lang: Lang): KioskState {
  return {
    lang,
    office: null,
    services: [],
    kioskId: null,
    clockOffsetMs: 0,
    connection: 'connecting',
    printerState: null,
    failedPrints: [],
    slots: null,
    step: { name: 'loading' },
  }
}

export const StoreContext = createContext<Store<KioskState> | null>(null)

export function useKioskStore(): Store<KioskState> {
  const store = useContext(StoreContext)
  if (!store) throw new Error('StoreContext is not provided')
  return store
}

export function useKiosk<T>(select: (state: KioskState) => T): T {
  const store = useKioskStore()
  return useSyncExternalStore(store.subscribe, () => select(store.get()))
}
