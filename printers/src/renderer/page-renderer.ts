import type { TicketLine } from '../layout/ticket-line.ts'
import { getProfile } from '../profiles/get-profile.ts'
import { renderPage } from '../render-ticket.ts'

/** One page as it goes to the transport: the ESC/POS bytes and, for the `file` printer, its PNG picture. */
export interface RenderedPage {
  bytes: Uint8Array
  png?: Uint8Array
}

/**
 * Turns laid-out lines into printer bytes. Rendering costs 65–120 ms of CPU per raster ticket, so the
 * server hands every printer one shared worker-thread renderer (`createRenderWorker`) and issuing never
 * waits on the canvas; the in-thread one keeps tests and the test-page CLI simple.
 */
export interface PageRenderer {
  /** `profileName` rather than the profile object: only plain data crosses to a worker thread. */
  render(lines: TicketLine[], profileName: string, opts: { preview: boolean }): Promise<RenderedPage>
  close(): Promise<void>
}

/** The rendering itself, the same in the main thread and in the worker, so both give identical bytes. */
export function renderPageNow(lines: TicketLine[], profileName: string, opts: { preview: boolean }): RenderedPage {
  const rendered = renderPage(lines, getProfile(profileName))
  return opts.preview ? { bytes: rendered.bytes, png: rendered.preview() } : { bytes: rendered.bytes }
}

export function createInThreadRenderer(): PageRenderer {
  return {
    render: async (lines, profileName, opts) => renderPageNow(lines, profileName, opts),
    close: async () => undefined,
  }
}
