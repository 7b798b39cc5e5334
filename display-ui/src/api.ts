import type {
  CounterConsoleView,
  CounterView,
  ErrorCode,
  HealthView,
  LiveOfficeView,
  LoginView,
  OfficeView,
  RatingScore,
  ServiceView,
  StaffTicketView,
  TicketView,
} from '@luot/server/contract'
import { isErrorCode } from './i18n.ts'

/** `NETWORK`: no answer at all (server down, Wi-Fi gone); every other code is the contract's. */
export type ApiErrorCode = ErrorCode | 'NETWORK'
export type ApiResult<T> = { ok: true; status: number; data: T } | { ok: false; status: number; code: ApiErrorCode }

type Method = 'GET' | 'POST'
interface Call {
  method: Method
  path: string
  token?: string | undefined
  body?: unknown
}

/**
 * One key per press: a console or tablet that retries after a dropped connection gets the first
 * answer again instead of calling twice. crypto.randomUUID is missing on plain-HTTP pages.
 */
export const newIdempotencyKey = (): string => {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

const errorCodeOf = async (res: Response): Promise<ErrorCode> => {
  try {
    const body: unknown = await res.json()
    const code = (body as { error?: { code?: unknown } } | null)?.error?.code
    if (isErrorCode(code)) return code
  } catch {
    // Not the contract's JSON (a proxy's error page): fall through to the generic code.
  }
  return 'INTERNAL'
}

const send = async <T>({ method, path, token, body }: Call): Promise<ApiResult<T>> => {
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (token) headers.Authorization = `Bearer ${token}`
  if (method === 'POST') headers['Idempotency-Key'] = newIdempotencyKey()
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  let res: Response
  try {
    res = await fetch(`/api${path}`, {
      method,
      headers,
      body: body === undefined ? null : JSON.stringify(body),
      cache: 'no-store',
    })
  } catch {
    return { ok: false, status: 0, code: 'NETWORK' }
  }
  if (!res.ok) return { ok: false, status: res.status, code: await errorCodeOf(res) }
  if (res.status === 204) return { ok: true, status: 204, data: null as T }
  try {
    return { ok: true, status: res.status, data: (await res.json()) as T }
  } catch {
    return res.status === 201 ? { ok: true, status: 201, data: null as T } : { ok: false, status: res.status, code: 'INTERNAL' }
  }
}

const id = encodeURIComponent

export interface RatingInput {
  score: RatingScore
  reasons?: string[]
}

export const api = {
  health: () => send<HealthView>({ method: 'GET', path: '/health' }),
  office: () => send<OfficeView>({ method: 'GET', path: '/office' }),
  services: () => send<ServiceView[]>({ method: 'GET', path: '/services' }),
  counters: () => send<CounterView[]>({ method: 'GET', path: '/counters' }),
  ticket: (ticketId: string) => send<TicketView>({ method: 'GET', path: `/tickets/${id(ticketId)}` }),
  rateTicket: (ticketId: string, rating: RatingInput) =>
    send<null>({ method: 'POST', path: `/tickets/${id(ticketId)}/rating`, body: rating }),
  rateAtCounter: (counterId: string, rating: RatingInput & { number?: string }) =>
    send<null>({ method: 'POST', path: `/counters/${id(counterId)}/rating`, body: rating }),

  login: (username: string, password: string) =>
    send<LoginView>({ method: 'POST', path: '/auth/login', body: { username, password } }),
  logout: (token: string) => send<null>({ method: 'POST', path: '/auth/logout', token }),

  console: (token: string, counterId: string) =>
    send<CounterConsoleView>({ method: 'GET', path: `/counters/${id(counterId)}/console`, token }),
  /** 204 (nobody waiting) comes back as `data: null`. */
  next: (token: string, counterId: string) =>
    send<{ ticket: StaffTicketView } | null>({ method: 'POST', path: `/counters/${id(counterId)}/next`, token }),
  recall: (token: string, counterId: string) =>
    send<{ ticket: StaffTicketView }>({ method: 'POST', path: `/counters/${id(counterId)}/recall`, token }),
  ticketAction: (token: string, ticketId: string, action: 'start' | 'finish' | 'no-show') =>
    send<{ ticket: StaffTicketView }>({ method: 'POST', path: `/tickets/${id(ticketId)}/${action}`, token }),
  transfer: (token: string, ticketId: string, serviceId: string, reason?: string) =>
    send<{ ticket: StaffTicketView }>({
      method: 'POST',
      path: `/tickets/${id(ticketId)}/transfer`,
      token,
      body: reason ? { serviceId, reason } : { serviceId },
    }),
  dossier: (token: string, ticketId: string, code: string) =>
    send<{ ticket: StaffTicketView }>({ method: 'POST', path: `/tickets/${id(ticketId)}/dossier`, token, body: { code } }),
  pause: (token: string, counterId: string, reason?: string) =>
    send<{ counter: CounterView }>({
      method: 'POST',
      path: `/counters/${id(counterId)}/pause`,
      token,
      body: reason ? { reason } : {},
    }),
  resume: (token: string, counterId: string) =>
    send<{ counter: CounterView }>({ method: 'POST', path: `/counters/${id(counterId)}/resume`, token }),

  reprint: (token: string, number: string) =>
    send<{ number: string }>({ method: 'POST', path: '/tickets/reprint', token, body: { number } }),

  live: (token: string) => send<LiveOfficeView>({ method: 'GET', path: '/office/live', token }),
}
