import type { TicketLine } from '../layout/ticket-line.ts'

/** Main thread → render worker. */
export interface RenderRequest {
  id: number
  lines: TicketLine[]
  profileName: string
  preview: boolean
}

/** Render worker → main thread; `error` is the worker's stack, since the Error itself stays there. */
export type RenderReply =
  | { id: number; ok: true; bytes: Uint8Array; png?: Uint8Array }
  | { id: number; ok: false; error: string }
