import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { ErrorBody, ErrorCode } from '../contract/index.ts'
import { AppError } from '../errors.ts'
import { ERROR_MESSAGES } from './messages.ts'

// A Record, so a new code without a status does not compile.
export const STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  VALIDATION: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  UNKNOWN_SERVICE: 400,
  INVALID_STATE: 409,
  ALREADY_RATED: 409,
  IDEMPOTENCY_MISMATCH: 409,
  INVALID_SLOT: 409,
  SLOT_FULL: 409,
  OFFICE_CLOSED: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  STORAGE_UNAVAILABLE: 503,
}

export type Log = (level: 'info' | 'warn' | 'error', msg: string, extra?: Record<string, unknown>) => void

export function errorBody(code: ErrorCode, requestId?: string, details?: unknown): ErrorBody {
  return { error: { code, message: ERROR_MESSAGES[code], ...(details === undefined ? {} : { details }), requestId } }
}

/** The only place errors become responses. */
export function makeOnError(log: Log) {
  return function onError(err: Error, c: Context) {
    const requestId = c.get('requestId') as string | undefined
    const code = toCode(err)
    if (code === 'INTERNAL' || code === 'STORAGE_UNAVAILABLE')
      log('error', `${c.req.method} ${c.req.path} failed`, { requestId, code, stack: err.stack, cause: causeOf(err) })
    const details = err instanceof AppError && code === 'VALIDATION' ? publicDetails(err.details) : undefined
    return c.json(errorBody(code, requestId, details), STATUS[code])
  }
}

function toCode(err: Error): ErrorCode {
  if (err instanceof AppError) return err.code
  // Hono's own refusals (bad JSON, body limit) arrive as HTTPException with a plain-text response.
  if (err instanceof HTTPException) {
    if (err.status === 413) return 'PAYLOAD_TOO_LARGE'
    if (err.status === 401) return 'UNAUTHORIZED'
    if (err.status === 404) return 'NOT_FOUND'
    if (err.status >= 400 && err.status < 500) return 'VALIDATION'
  }
  return 'INTERNAL'
}

function causeOf(err: Error): string | undefined {
  return err.cause instanceof Error ? (err.cause.stack ?? err.cause.message) : undefined
}

/** zod issues reduced to path + message: enough to fix a request, nothing internal. */
function publicDetails(details: unknown): unknown {
  if (!Array.isArray(details)) return undefined
  return details.map((i: { path?: unknown[]; message?: string }) => ({
    path: (i.path ?? []).map(String).join('.'),
    message: i.message,
  }))
}
