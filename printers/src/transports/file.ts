import { constants } from 'node:fs'
import { access, mkdir, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { PrinterState } from '../types.ts'
import type { Transport } from './transport.ts'

/**
 * The demo printer: `<dataDir>/prints/<date>/<number>.bin` (the exact ESC/POS stream, which
 * `cat A012.bin > /dev/usb/lp0` prints) and `<number>.png` beside it. Written to a temp name and renamed,
 * so a half-written file is never mistaken for a ticket after a power cut.
 */
export function createFileTransport(opts: { dataDir: string }): Transport {
  const root = join(opts.dataDir, 'prints')
  return {
    async send(bytes, signal, meta) {
      if (!meta?.preview) throw new Error('the file printer needs the ticket date, number and preview')
      const dir = join(root, safeName(meta.date))
      await mkdir(dir, { recursive: true })
      const base = join(dir, safeName(meta.number))
      signal.throwIfAborted()
      await writeFile(`${base}.png.tmp`, meta.preview, { signal })
      await rename(`${base}.png.tmp`, `${base}.png`)
      await writeFile(`${base}.bin.tmp`, bytes, { signal })
      await rename(`${base}.bin.tmp`, `${base}.bin`)
    },
    async status(): Promise<PrinterState> {
      try {
        await mkdir(root, { recursive: true })
        await access(root, constants.W_OK)
        return 'ok'
      } catch (err) {
        // A read-only or full data folder is this printer's "paper out": nothing can come out of it.
        if (err instanceof Error && 'code' in err) return 'offline'
        throw err
      }
    },
  }
}

/** Ticket numbers and dates come from the server, but a file name must never climb out of the folder. */
function safeName(s: string): string {
  return s.replace(/[^A-Za-z0-9_-]/g, '_') || '_'
}
