import type { PriorityClass, IssueTicketBody } from '@luot/server/contract'
import { ApiError, makeIdempotencyKey } from './api.ts'
import type { ApiClient } from './api.ts'
import type { Lang } from './i18n.ts'
import type { ConnectLive } from './live.ts'
import { makeLiveHandlers } from './live-handlers.ts'
import { clockOffset } from './clock.ts'
import { codeOf, createNavigator } from './navigator.ts'
import { officePhase } from './office-phase.ts'
import { createSlotList } from './slot-list.ts'
import type { IssueRequest, KioskState, SlotNotice, Store } from './store.ts'

export interface KioskDeps {
  api: ApiClient
  store: Store<KioskState>
  connectLive: ConnectLive
  /** From `?kiosk=ID`; null means the first kiosk of the office. */
  requestedKioskId: string | null
  defaultLang: Lang
}

export interface KioskActions {
  start(): () => void
  home(): void
  setLang(lang: Lang): void
  chooseService(serviceId: string): void
  chooseSlot(slot: string | null): void
  choosePriority(priority: PriorityClass | null): void
  back(): void
  retry(): void
  otherSlot(): void
  /** Reloads the slots on the slot screen (a timer while it is shown; queue:changed does it too). */
  refreshSlots(): void
  /** Reloads the office when the start screen finds it out of date (past midnight, reopening passed). */
  refreshOffice(): void
}

// The start screen reloads the office at most this often (each idle return to it), so opening hours,
// holidays and the reopening time shown follow the server within a minute or two.
const OFFICE_MAX_AGE_MS = 60_000
const OFFICE_MIN_REFRESH_MS = 10_000
// Refusals that a fresh slot list answers: the citizen goes back to the slots with a word on why.
const SLOT_REFUSALS = new Set(['SLOT_FULL', 'INVALID_SLOT'])
// A dropped request while issuing is retried with the same key before the citizen sees an error, but
// only while the live connection is up and within a bounded window: once the kiosk knows the server
// is gone, or the window has passed, the citizen sees the NETWORK error at once and decides.
const NETWORK_RETRY_DELAYS_MS = [1000, 3000]
const NETWORK_RETRY_WINDOW_MS = 10_000

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export function createKiosk({ api, store, connectLive, requestedKioskId, defaultLang }: KioskDeps): KioskActions {
  let officeLoadedAt = 0
  let stopLive: (() => void) | null = null
  const nav = createNavigator(store)
  const { go, isCurrent, fail } = nav
  const slots = createSlotList(api, store, nav)
  // While the banner shows, no tap may start an issue request (the screens disable those buttons).
  const isOffline = () => store.get().connection === 'down'

  async function loadOffice() {
    const sentAt = Date.now()
    const office = await api.getOffice()
    const offset = clockOffset(office.now, sentAt, Date.now())
    officeLoadedAt = Date.now()
    store.set((s) => ({
      ...s,
      office,
      clockOffsetMs: offset ?? s.clockOffsetMs,
      kioskId: s.kioskId ?? requestedKioskId ?? office.kiosks[0]?.id ?? null,
    }))
  }

  async function loadServices() {
    const services = await api.getServices()
    store.set((s) => ({ ...s, services }))
  }

  async function loadPrinterState(kioskId: string) {
    try {
      const health = await api.getHealth()
      const printer = health.printers.find((p) => p.id === kioskId)
      if (printer) store.set((s) => ({ ...s, printerState: printer.state }))
    } catch {
      // Best effort: printer:changed and print:failed still tell the kiosk when printing breaks.
    }
  }

  async function boot() {
    const gen = go({ name: 'loading' })
    try {
      await loadOffice()
      await loadServices()
    } catch (error) {
      fail(gen, error, null, null)
      return
    }
    const kioskId = store.get().kioskId
    if (stopLive === null) {
      stopLive = connectLive(kioskId, makeLiveHandlers(store, { reloadServices: loadServices, queueChanged: slots.refresh }))
      if (kioskId !== null) void loadPrinterState(kioskId)
    }
    if (isCurrent(gen)) go({ name: 'service' })
  }

  async function send(request: IssueRequest) {
    const gen = go({ name: 'issuing', request })
    const startedAt = Date.now()
    for (let attempt = 0; ; attempt += 1) {
      try {
        const ticket = await api.issueTicket(request.body, request.key)
        if (isCurrent(gen)) go({ name: 'ticket', ticket })
        return
      } catch (error) {
        const delay = NETWORK_RETRY_DELAYS_MS[attempt]
        const isDefinite = error instanceof ApiError && error.isDefinite
        const isPastWindow = delay === undefined || Date.now() - startedAt + delay > NETWORK_RETRY_WINDOW_MS
        if (isDefinite || isPastWindow || isOffline()) {
          if (isCurrent(gen)) void refused(error, request, isDefinite)
          return
        }
        await sleep(delay)
        // Never retried once the screen has left this citizen, nor once the connection is known lost.
        if (!isCurrent(gen)) return
        if (isOffline()) {
          void refused(error, request, false)
          return
        }
      }
    }
  }

  function issue(serviceId: string, slot: string | null, priority: PriorityClass | null) {
    const kioskId = store.get().kioskId
    const body: IssueTicketBody = { serviceId, priority }
    if (slot !== null) body.slot = slot
    if (kioskId !== null) body.kioskId = kioskId
    if (store.get().lang === 'en') body.lang = 'en'
    void send({ body, key: makeIdempotencyKey() })
  }

  /** After the last attempt: back to fresh slots, to the closed screen, or the error screen. */
  async function refused(error: unknown, request: IssueRequest, isDefinite: boolean) {
    const { serviceId } = request.body
    const code = codeOf(error)
    if (SLOT_REFUSALS.has(code)) {
      const notice: SlotNotice = {
        code: code === 'SLOT_FULL' ? 'SLOT_FULL' : 'INVALID_SLOT',
        slot: request.body.slot ?? null,
      }
      return slots.show(serviceId, notice)
    }
    // A contract error changed nothing, so a new attempt gets a new key; otherwise keep the key.
    const next = isDefinite ? { ...request, key: makeIdempotencyKey() } : request
    if (code === 'OFFICE_CLOSED') {
      // The office closed while the citizen was choosing: the start screen says until when.
      const gen = nav.current()
      // A failed reload keeps the office the kiosk has: the check below then goes by that.
      await loadOffice().catch(() => undefined)
      const { office, clockOffsetMs } = store.get()
      const isClosed = office !== null && officePhase(office, Date.now() + clockOffsetMs).phase.name === 'closed'
      if (isCurrent(gen) && isClosed) go({ name: 'service' })
      else fail(gen, error, serviceId, next)
      return
    }
    fail(nav.current(), error, serviceId, next)
  }

  const chooseService = (serviceId: string) => slots.show(serviceId, null)

  function showStart() {
    if (store.get().office === null) {
      void boot()
      return
    }
    go({ name: 'service' })
    // Refreshes are best effort: the start screen keeps what it has, and the socket's `state`
    // reloads the services again once the connection is back.
    if (Date.now() - officeLoadedAt > OFFICE_MAX_AGE_MS) void loadOffice().catch(() => undefined)
    void loadServices().catch(() => undefined)
  }

  /** The next citizen starts in the default language. */
  function home() {
    store.set((s) => ({ ...s, lang: defaultLang }))
    showStart()
  }

  return {
    start() {
      void boot()
      return () => {
        stopLive?.()
        stopLive = null
      }
    },
    home,
    setLang: (lang) => store.set((s) => ({ ...s, lang })),
    chooseService: (serviceId) => void chooseService(serviceId),
    chooseSlot(slot) {
      const { step, office } = store.get()
      if (step.name !== 'slot') return
      if ((office?.priorityClasses.length ?? 0) > 0) go({ name: 'priority', serviceId: step.serviceId, slot })
      else if (!isOffline()) issue(step.serviceId, slot, null)
    },
    choosePriority(priority) {
      const { step } = store.get()
      if (step.name === 'priority' && !isOffline()) issue(step.serviceId, step.slot, priority)
    },
    back() {
      const { step } = store.get()
      if (step.name === 'priority') void chooseService(step.serviceId)
      else showStart()
    },
    refreshSlots: () => void slots.refresh(),
    refreshOffice() {
      // Best effort, like showStart's: the screen keeps what it has until a reload succeeds.
      if (Date.now() - officeLoadedAt > OFFICE_MIN_REFRESH_MS) void loadOffice().catch(() => undefined)
    },
    retry() {
      const { step } = store.get()
      if (step.name !== 'error') return
      if (step.request) {
        if (!isOffline()) void send(step.request)
      } else if (step.serviceId !== null) void chooseService(step.serviceId)
      else home()
    },
    otherSlot() {
      const { step } = store.get()
      if (step.name === 'error' && step.serviceId !== null) void chooseService(step.serviceId)
      else home()
    },
  }
}
