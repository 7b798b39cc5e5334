import { createHash } from 'node:crypto'
import type { LoginView, Role, UserView } from '../contract/index.ts'
import type { UserConfig } from '../config/schema.ts'
import { AppError } from '../errors.ts'
import { verifyPassword } from './password.ts'

export interface Session {
  tokenHash: string
  user: UserView
  expiresAt: number
}

export interface SessionPersistence {
  load(): Session[]
  save(sessions: Session[]): Promise<void>
}

export interface Auth {
  login(username: string, password: string): Promise<LoginView>
  logout(token: string): Promise<UserView>
  /** The session's user, or UNAUTHORIZED for a missing, wrong or expired token. */
  verify(token: string | undefined): UserView
  onLogout(cb: (tokenHash: string, user: UserView) => void): void
  hashToken(token: string): string
}

/** A working day and a half: staff log in once a day. */
const TOKEN_TTL_MS = 14 * 60 * 60 * 1000
const DEMO_PASSWORD = 'demo'

export function createAuth(deps: {
  users: readonly UserConfig[]
  now: () => number
  newToken: () => string
  isDemoOffice: boolean
  persistence?: SessionPersistence
}): Auth {
  let sessions = new Map<string, Session>()
  for (const s of deps.persistence?.load() ?? []) if (s.expiresAt > deps.now()) sessions.set(s.tokenHash, s)
  const listeners: ((tokenHash: string, user: UserView) => void)[] = []
  const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')
  // A change is written first and only then takes effect, one change at a time, so each write holds every
  // session before it and a failed write (STORAGE_UNAVAILABLE) leaves logins exactly as they were.
  let queue: Promise<unknown> = Promise.resolve()
  const change = (edit: (next: Map<string, Session>) => void): Promise<void> => {
    const run = queue.then(async () => {
      const next = new Map(sessions)
      edit(next)
      await deps.persistence?.save([...next.values()])
      sessions = next
    })
    queue = run.catch(() => undefined)
    return run
  }

  return {
    hashToken,
    async login(username, password) {
      const user = deps.users.find((u) => u.username === username)
      // Verify even for unknown users so the answer time does not reveal which usernames exist.
      const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH)
      // Demo passwords only open the demo office: a real office that copied the demo accounts stays locked.
      const refusedDemo = !deps.isDemoOffice && password === DEMO_PASSWORD
      if (!user || !ok || refusedDemo) throw new AppError('UNAUTHORIZED')
      const now = deps.now()
      const token = deps.newToken()
      const view: UserView = {
        id: user.username,
        name: user.name,
        role: user.role as Role,
        ...(user.counterId ? { counterId: user.counterId } : {}),
      }
      await change((next) => {
        for (const [k, s] of next) if (s.expiresAt <= now) next.delete(k)
        next.set(hashToken(token), { tokenHash: hashToken(token), user: view, expiresAt: now + TOKEN_TTL_MS })
      })
      return { token, user: view }
    },
    async logout(token) {
      const user = this.verify(token)
      const h = hashToken(token)
      await change((next) => next.delete(h))
      for (const cb of listeners) cb(h, user)
      return user
    },
    verify(token) {
      if (!token) throw new AppError('UNAUTHORIZED')
      const s = sessions.get(hashToken(token))
      if (!s || s.expiresAt <= deps.now()) throw new AppError('UNAUTHORIZED')
      return s.user
    },
    onLogout(cb) {
      listeners.push(cb)
    },
  }
}

/**
 * The accounts of a config whose password is still the demo one. A real office that copied the demo
 * accounts cannot log in with them, so the start-up log names them and says how to set real passwords.
 */
export async function accountsWithDemoPassword(users: readonly UserConfig[]): Promise<string[]> {
  const found = await Promise.all(users.map(async (u) => ((await verifyPassword(DEMO_PASSWORD, u.passwordHash)) ? u.username : null)))
  return found.filter((u): u is string => u !== null)
}

// scrypt of a random string: only there to spend the same time on unknown usernames.
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='
