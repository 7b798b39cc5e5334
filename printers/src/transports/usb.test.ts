import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createUsbTransport } from './usb.ts'

// No usblp device in CI: a regular file takes the same open/write path (O_NONBLOCK is a no-op there).
describe('usb transport', () => {
  it('writes every byte, in 4 KiB pieces, to the device path', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'luot-usb-'))
    const dev = join(dir, 'lp0')
    await writeFile(dev, '')
    const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => i & 0xff)
    await createUsbTransport({ path: dev }).send(bytes, AbortSignal.timeout(5000))
    expect((await readFile(dev)).equals(Buffer.from(bytes))).toBe(true)
    await rm(dir, { recursive: true, force: true })
  })

  it('rejects when the device is not there (printer unplugged), and has no status to offer', async () => {
    const t = createUsbTransport({ path: '/dev/usb/lp-none' })
    await expect(t.send(Uint8Array.of(1), AbortSignal.timeout(1000))).rejects.toThrow(/ENOENT/)
    expect(t.status).toBeUndefined()
  })
})
