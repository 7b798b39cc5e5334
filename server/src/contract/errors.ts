// The stable error codes of CONTRACT.md. Never rename one once shipped.
export const ERROR_CODES = [
  'VALIDATION',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NOT_FOUND',
  'UNKNOWN_SERVICE',
  'INVALID_STATE',
  'ALREADY_RATED',
  'IDEMPOTENCY_MISMATCH',
  'INVALID_SLOT',
  'SLOT_FULL',
  'OFFICE_CLOSED',
  'PAYLOAD_TOO_LARGE',
  'RATE_LIMITED',
  'INTERNAL',
  'STORAGE_UNAVAILABLE',
] as const

export type ErrorCode = (typeof ERROR_CODES)[number]

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown; requestId?: string }
}
