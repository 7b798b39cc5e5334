import { constants } from 'node:fs'
import { open } from 'node:fs/promises'
import { setTimeout as sleep } from 'node:timers/promises'
import type { Transport } from './transport.ts'

/**
 * The Linux usblp character device (/dev/usb/lp0). Opened non-blocking: a blocking write to a printer
 * that is out of paper would park one of libuv's four threads, and with it the store's disk writes.
 * No status: Node cannot issue the LPGETSTATUS ioctl, and a read-back on usblp can block the same way,
 * so `status` is absent and the printer reports 'unknown' (never 'ok').
 */
export function createUsbTransport(opts: { path: string }): Transport {
  return {
    async send(bytes, signal) {
      const fh = await open(opts.path, constants.O_WRONLY | constants.O_NONBLOCK)
      try {
        let offset = 0
        while (offset < bytes.length) {
          signal.throwIfAborted()
          try {
            const { bytesWritten } = await fh.write(bytes, offset, Math.min(4096, bytes.length - offset))
            offset += bytesWritten
          } catch (err) {
            // EAGAIN: the printer's buffer is full (printing a long raster); wait and offer the rest again.
            if (!(err instanceof Error && 'code' in err && err.code === 'EAGAIN')) throw err
            await sleep(20, undefined, { signal })
          }
        }
      } finally {
        await fh.close()
      }
    },
  }
}
