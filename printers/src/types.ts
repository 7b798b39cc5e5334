import type { PageRenderer } from './renderer/page-renderer.ts'

/**
 * What the server hands over for one ticket; every text is already final. The ticket is in Vietnamese;
 * with `lang: 'en'` (taken at the kiosk in English) short English lines follow the Vietnamese ones.
 */
export interface TicketPrintJob {
  officeName: string
  headerLines: string[]
  footerLines: string[]
  number: string
  serviceName: string
  slot: { start: string; end: string }
  /** YYYY-MM-DD, the service day; also names the folder of the `file` printer. */
  date: string
  priorityLabel: string | null
  peopleAhead: number
  estimatedWaitMinutes: number
  /** e.g. "09:41 25/11/2026" */
  issuedAtText: string
  qrUrl: string
  documents: string[]
  /** The kiosk's language when the ticket was taken; absent or `vi`: Vietnamese only, as always. */
  lang?: 'vi' | 'en'
  /** The service's English name (config `nameEn`), printed under `serviceName` on an English ticket. */
  serviceNameEn?: string
  /** The priority class in English, printed under the black bar on an English ticket. */
  priorityLabelEn?: string | null
}

export type PrinterState = 'ok' | 'offline' | 'cover_open' | 'paper_near_end' | 'paper_out' | 'unknown'

export interface Printer {
  id: string
  state(): PrinterState
  /** Queues the job on this printer's own queue (retries with backoff until `maxAttempts`); resolves when the last byte was sent, rejects with a PrintError after giving up. Never blocks other printers. */
  print(job: TicketPrintJob): Promise<{ bytes: number; ms: number }>
  /** Ask the printer (DLE EOT 1/2/4 status) now; no answer → 'unknown', never 'ok'. */
  checkStatus(): Promise<PrinterState>
  onStateChange(cb: (s: PrinterState) => void): () => void
  close(): Promise<void>
}

/** Optional tuning keys shared by every printer type (milliseconds). */
export interface PrinterTuning {
  connectTimeoutMs?: number
  writeTimeoutMs?: number
  statusTimeoutMs?: number
  maxAttempts?: number
  retryDelayMs?: number
}

/** Structurally the server's `PrinterConfig` (config/schema.ts), plus the optional tuning keys. */
export type PrinterConfigLike =
  | ({ type: 'file'; profile?: string } & PrinterTuning)
  | ({ type: 'network'; host: string; port?: number; profile?: string } & PrinterTuning)
  | ({ type: 'usb'; path: string; profile?: string } & PrinterTuning)
  | ({ type: 'serial'; path: string; baudRate?: number; profile?: string } & PrinterTuning)
  | { type: 'none' }

export interface PrinterDeps {
  dataDir: string
  log: (msg: string, extra?: unknown) => void
  now: () => number
  /** Where pages are rendered; default in this thread. The server passes one shared `createRenderWorker()`. */
  renderer?: PageRenderer
}
