import { Worker } from 'node:worker_threads'
import type { PageRenderer, RenderedPage } from './page-renderer.ts'
import type { RenderReply, RenderRequest } from './render-protocol.ts'

interface Waiting {
  resolve: (page: RenderedPage) => void
  reject: (err: Error) => void
}

/**
 * One worker thread that renders for every printer of the process, so a burst of tickets costs the
 * main thread only a message per ticket. Started on the first page, not at creation: a server whose
 * kiosks print nothing never pays for it. A worker that dies fails the pages it held (their printers
 * report them as not printed) and the next page starts a fresh one.
 */
export function createRenderWorker(): PageRenderer {
  let worker: Worker | null = null
  let closed = false
  let nextId = 1
  const waiting = new Map<number, Waiting>()

  const failAll = (err: Error) => {
    for (const w of waiting.values()) w.reject(err)
    waiting.clear()
  }
  const start = () =>
    startThread(waiting, (w, err) => {
      if (worker === w) worker = null
      failAll(err)
    })

  return {
    render(lines, profileName, opts) {
      if (closed) return Promise.reject(new Error('render worker closed'))
      const w = (worker ??= start())
      const req: RenderRequest = { id: nextId++, lines, profileName, preview: opts.preview }
      return new Promise<RenderedPage>((resolve, reject) => {
        waiting.set(req.id, { resolve, reject })
        w.ref()
        w.postMessage(req)
      })
    },
    async close() {
      closed = true
      const w = worker
      worker = null
      failAll(new Error('render worker closed'))
      await w?.terminate()
    },
  }
}

function startThread(waiting: Map<number, Waiting>, gone: (w: Worker, err: Error) => void): Worker {
  // execArgv empty: the entry registers tsx itself, and a second copy of the parent's hooks would only slow start-up.
  const w = new Worker(new URL('./render-worker-entry.mjs', import.meta.url), { execArgv: [], name: 'luot-render' })
  // Idle, the worker must not keep the process alive; while a page is out it must.
  w.unref()
  w.on('message', (reply: RenderReply) => {
    const job = waiting.get(reply.id)
    if (!job) return
    waiting.delete(reply.id)
    if (waiting.size === 0) w.unref()
    if (reply.ok) job.resolve(reply.png ? { bytes: reply.bytes, png: reply.png } : { bytes: reply.bytes })
    else job.reject(new Error(`render worker: ${reply.error}`))
  })
  w.on('error', (err) => gone(w, new Error('render worker crashed', { cause: err })))
  w.on('exit', (code) => gone(w, new Error(`render worker stopped (exit code ${code})`)))
  return w
}
