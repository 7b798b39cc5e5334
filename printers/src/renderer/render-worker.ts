import { parentPort } from 'node:worker_threads'
import { renderPageNow } from './page-renderer.ts'
import type { RenderReply, RenderRequest } from './render-protocol.ts'

// The body of the render worker thread (started through render-worker-entry.mjs): one page at a time,
// in the order asked, so each printer's lane gets its pages back in order.
const port = parentPort
if (!port) throw new Error('render-worker.ts runs only as a worker thread (see createRenderWorker)')

port.on('message', (req: RenderRequest) => {
  let reply: RenderReply
  const transfer: ArrayBuffer[] = []
  try {
    const page = renderPageNow(req.lines, req.profileName, { preview: req.preview })
    // Copies into buffers of their own before handing them over: a Buffer may share Node's pool,
    // and transferring the pool would detach every other Buffer in this thread.
    const bytes = new Uint8Array(page.bytes)
    const png = page.png ? new Uint8Array(page.png) : undefined
    transfer.push(bytes.buffer, ...(png ? [png.buffer] : []))
    reply = png ? { id: req.id, ok: true, bytes, png } : { id: req.id, ok: true, bytes }
  } catch (err) {
    reply = { id: req.id, ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) }
  }
  port.postMessage(reply, transfer)
})
