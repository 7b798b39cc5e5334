import { createFileTransport } from '../transports/file.ts'
import { createNetworkTransport } from '../transports/network.ts'
import { createSerialTransport } from '../transports/serial.ts'
import type { Transport } from '../transports/transport.ts'
import { createUsbTransport } from '../transports/usb.ts'
import type { PrinterConfigLike } from '../types.ts'

export interface Tuning {
  connectTimeoutMs: number
  writeTimeoutMs: number
  statusTimeoutMs: number
  maxAttempts: number
  retryDelayMs: number
}

/**
 * Defaults: a LAN printer answers a connect in milliseconds, so 3 s means it is not there; a 80 KB
 * raster ticket takes ~1 s at 9100 and minutes over 9600 baud serial, hence the long write timeout.
 * Five attempts with doubling from 1 s span about 30 s: long enough for a printer reboot or a paper change.
 */
export const DEFAULT_TUNING: Tuning = {
  connectTimeoutMs: 3000,
  writeTimeoutMs: 120_000,
  statusTimeoutMs: 800,
  maxAttempts: 5,
  retryDelayMs: 1000,
}

/** After the last byte, 3 s for the printer to close: a TM-T82 closes in under 50 ms. */
const CLOSE_GRACE_MS = 3000

export function tuningOf(config: PrinterConfigLike): Tuning {
  if (config.type === 'none') return DEFAULT_TUNING
  return {
    connectTimeoutMs: config.connectTimeoutMs ?? DEFAULT_TUNING.connectTimeoutMs,
    writeTimeoutMs: config.writeTimeoutMs ?? DEFAULT_TUNING.writeTimeoutMs,
    statusTimeoutMs: config.statusTimeoutMs ?? DEFAULT_TUNING.statusTimeoutMs,
    maxAttempts: Math.max(1, config.maxAttempts ?? DEFAULT_TUNING.maxAttempts),
    retryDelayMs: config.retryDelayMs ?? DEFAULT_TUNING.retryDelayMs,
  }
}

export function createTransport(config: PrinterConfigLike, dataDir: string, t: Tuning): Transport | null {
  switch (config.type) {
    case 'file':
      return createFileTransport({ dataDir })
    case 'network':
      return createNetworkTransport({
        host: config.host,
        port: config.port ?? 9100,
        connectTimeoutMs: t.connectTimeoutMs,
        statusTimeoutMs: t.statusTimeoutMs,
        closeGraceMs: CLOSE_GRACE_MS,
      })
    case 'usb':
      return createUsbTransport({ path: config.path })
    case 'serial':
      return createSerialTransport({ path: config.path, baudRate: config.baudRate ?? 9600, statusTimeoutMs: t.statusTimeoutMs })
    case 'none':
      return null
  }
}
