import type { ApiClient } from './api.ts'
import type { Navigator } from './navigator.ts'
import type { KioskState, SlotNotice, Store } from './store.ts'

export interface SlotList {
  /** The slot screen of a service, with fresh slots; `notice` says why the citizen is back on it. */
  show(serviceId: string, notice: SlotNotice | null): Promise<void>
  /** Reloads the slots if the slot screen (of that service, when given) is shown. */
  refresh(serviceId?: string): Promise<void>
}

export function createSlotList(api: ApiClient, store: Store<KioskState>, nav: Navigator): SlotList {
  let isRefreshing = false
  let isRefreshQueued = false

  async function show(serviceId: string, notice: SlotNotice | null) {
    const gen = nav.go({ name: 'slot', serviceId, notice })
    // Coming back to the same service keeps its list on screen while the fresh one loads.
    store.set((s) => (s.slots?.serviceId === serviceId ? s : { ...s, slots: null }))
    try {
      const list = await api.getSlots(serviceId)
      if (nav.isCurrent(gen)) store.set((s) => ({ ...s, slots: { serviceId, list } }))
    } catch (error) {
      nav.fail(gen, error, serviceId, null)
    }
  }

  async function refresh(serviceId?: string) {
    const { step } = store.get()
    if (step.name !== 'slot' || (serviceId !== undefined && serviceId !== step.serviceId)) return
    // A burst of queue:changed (a busy minute) costs one request in flight and one after it.
    if (isRefreshing) {
      isRefreshQueued = true
      return
    }
    isRefreshing = true
    const gen = nav.current()
    try {
      const list = await api.getSlots(step.serviceId)
      if (nav.isCurrent(gen)) store.set((s) => ({ ...s, slots: { serviceId: step.serviceId, list } }))
    } catch {
      // Best effort: the list on screen stays, the next refresh tries again, and the server still
      // refuses a full slot (the kiosk then comes back here with a fresh list).
    } finally {
      isRefreshing = false
      if (isRefreshQueued) {
        isRefreshQueued = false
        void refresh()
      }
    }
  }

  return { show, refresh }
}
