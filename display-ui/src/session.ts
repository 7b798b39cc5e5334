import type { LoginView } from '@luot/server/contract'

// Per tab (sessionStorage): closing the browser at the end of the day logs the counter out.
export interface Session {
  load: () => LoginView | null
  save: (login: LoginView) => void
  clear: () => void
}

export const createSession = (storageKey: string): Session => ({
  load: () => {
    try {
      const raw = sessionStorage.getItem(storageKey)
      if (!raw) return null
      const parsed = JSON.parse(raw) as Partial<LoginView> | null
      return parsed && typeof parsed.token === 'string' && parsed.user ? (parsed as LoginView) : null
    } catch {
      return null
    }
  },
  save: (login) => sessionStorage.setItem(storageKey, JSON.stringify(login)),
  clear: () => sessionStorage.removeItem(storageKey),
})
