import type { ErrorCode } from './contract/index.ts'

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details?: unknown,
    options?: { cause?: unknown },
  ) {
    super(code, options)
    this.name = 'AppError'
  }
}
