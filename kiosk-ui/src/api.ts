import type {
  HealthView,
  IssueTicketBody,
  OfficeView,
  ServiceView,
  SlotView,
  TicketIssued,
  TicketView,
} from '@luot/server/contract'

/** A contract error code, or what the kiosk itself can tell: no answer, or an answer it cannot read. */
export type FailureCode = string

/**
 * A refusal or a failure. `isDefinite` is true when the server answered with a contract error, which
 * means nothing changed; otherwise the request may or may not have arrived and a retry must reuse
 * the same Idempotency-Key.
 */
export class ApiError extends Error {
  readonly code: FailureCode
  readonly status: number
  readonly isDefinite: boolean

  constructor(code: FailureCode, status: number, isDefinite: boolean) {
    super(code)
    this.name = 'ApiError'
    this.code = code
    this.status = status
    this.isDefinite = isDefinite
  }
}

export interface ApiClient {
  getOffice(): Promise<OfficeView>
  getServices(): Promise<ServiceView[]>
  getSlots(serviceId: string): Promise<SlotView[]>
  getHealth(): Promise<HealthView>
  getTicket(id: string): Promise<TicketView>
  issueTicket(body: IssueTicketBody, idempotencyKey: string): Promise<TicketIssued>
}

const TIMEOUT_MS = 10_000

/** crypto.randomUUID() is missing on plain-HTTP pages; getRandomValues is not. 128 random bits. */
export function makeIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

function readErrorCode(body: unknown): string | null {
  if (typeof body !== 'object' || body === null || !('error' in body)) return null
  const error: unknown = body.error
  if (typeof error !== 'object' || error === null || !('code' in error)) return null
  return typeof error.code === 'string' ? error.code : null
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json()
  } catch {
    // An empty or non-JSON body (a proxy's HTML page): treated as no readable answer below.
    return null
  }
}

export function createApiClient(baseUrl = '/api', fetchImpl: typeof fetch = fetch.bind(globalThis)): ApiClient {
  async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
    let response: Response
    try {
      response = await fetchImpl(`${baseUrl}${path}`, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) })
    } catch {
      throw new ApiError('NETWORK', 0, false)
    }
    const body = await readJson(response)
    if (response.ok && body !== null) return body as T
    const code = readErrorCode(body)
    if (code !== null) throw new ApiError(code, response.status, true)
    throw new ApiError('NETWORK', response.status, false)
  }

  return {
    getOffice: () => request<OfficeView>('/office'),
    getServices: () => request<ServiceView[]>('/services'),
    getSlots: (serviceId) => request<SlotView[]>(`/slots?serviceId=${encodeURIComponent(serviceId)}`),
    getHealth: () => request<HealthView>('/health'),
    getTicket: (id) => request<TicketView>(`/tickets/${encodeURIComponent(id)}`),
    issueTicket: (body, idempotencyKey) =>
      request<TicketIssued>('/tickets', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey },
        body: JSON.stringify(body),
      }),
  }
}
