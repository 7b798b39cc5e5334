import type { PrinterState } from '../types.ts'

/** What a transport may need besides the bytes; only the `file` transport uses it (to name files). */
export interface TransportMeta {
  date: string
  number: string
  /** PNG of the paper; rendered only for the `file` printer, null for the others. */
  preview: Uint8Array | null
}

export interface Transport {
  /** Resolves once every byte has left for the printer; rejects on any doubt, so the job is retried. */
  send(bytes: Uint8Array, signal: AbortSignal, meta?: TransportMeta): Promise<void>
  /** Asks the printer; no answer is 'unknown'. Absent when the link cannot ask at all. */
  status?(): Promise<PrinterState>
}

/** Rejects when `signal` aborts, and runs `cleanup` either way; keeps each transport's waits short. */
export function abortable<T>(signal: AbortSignal, work: Promise<T>, cleanup: () => void): Promise<T> {
  if (signal.aborted) {
    cleanup()
    return Promise.reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'))
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      cleanup()
      reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'))
    }
    signal.addEventListener('abort', onAbort, { once: true })
    work.then(
      (v) => {
        signal.removeEventListener('abort', onAbort)
        resolve(v)
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort)
        cleanup()
        reject(e instanceof Error ? e : new Error(String(e)))
      },
    )
  })
}
