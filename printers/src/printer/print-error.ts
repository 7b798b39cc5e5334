export type PrintErrorCode = 'PRINT_FAILED' | 'PRINTER_CLOSED' | 'NO_PRINTER'

/** Why a ticket did not print. The ticket itself is still issued; the server reports `print.state: failed`. */
export class PrintError extends Error {
  constructor(
    readonly code: PrintErrorCode,
    readonly attempts: number,
    options?: { cause?: unknown },
  ) {
    super(code, options)
    this.name = 'PrintError'
  }
}
