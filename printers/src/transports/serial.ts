import { statusQueryCmd } from '../encoder/escpos.ts'
import { decodeStatus, isStatusByte } from '../status/decode-status.ts'
import type { PrinterState } from '../types.ts'
import { abortable } from './transport.ts'
import type { Transport } from './transport.ts'
import type { SerialPort } from 'serialport'

export interface SerialOptions {
  path: string
  baudRate: number
  statusTimeoutMs: number
}

type Port = SerialPort

/**
 * RS-232 / USB-serial printers through `serialport`, imported on first use so that offices without a
 * serial printer never load its native binding. Opened per job, like the network transport.
 */
export function createSerialTransport(opts: SerialOptions): Transport {
  const openPort = async (): Promise<Port> => {
    const { SerialPort } = await import('serialport')
    return openWith(SerialPort)
  }
  const openWith = async (Ctor: typeof SerialPort): Promise<Port> => {
    const port = new Ctor({ path: opts.path, baudRate: opts.baudRate, autoOpen: false })
    await new Promise<void>((resolve, reject) => port.open((err) => (err ? reject(err) : resolve())))
    return port
  }
  const closePort = (port: Port) =>
    new Promise<void>((resolve) => {
      if (!port.isOpen) return resolve()
      // A close error (device unplugged mid-job) leaves nothing to clean up; the job's own result stands.
      port.close(() => resolve())
    })
  return {
    async send(bytes, signal) {
      const port = await openPort()
      const written = new Promise<void>((resolve, reject) => {
        port.write(Buffer.from(bytes), (err) => {
          if (err) return reject(err)
          port.drain((e) => (e ? reject(e) : resolve()))
        })
      })
      try {
        await abortable(signal, written, () => port.isOpen && port.close())
      } finally {
        await closePort(port)
      }
    },
    async status(): Promise<PrinterState> {
      const { SerialPort } = await import('serialport')
      let port: Port
      try {
        port = await openWith(SerialPort)
      } catch (err) {
        // The device node is gone or busy: the printer cannot be reached, which is "offline".
        if (err instanceof Error) return 'offline'
        throw err
      }
      try {
        const answers = await new Promise<number[]>((resolve) => {
          const got: number[] = []
          const timer = setTimeout(() => resolve(got), opts.statusTimeoutMs)
          port.on('data', (chunk: Buffer) => {
            for (const b of chunk) if (isStatusByte(b) && got.length < 3) got.push(b)
            if (got.length === 3) {
              clearTimeout(timer)
              resolve(got)
            }
          })
          port.write(Buffer.from([...statusQueryCmd(1), ...statusQueryCmd(2), ...statusQueryCmd(4)]))
        })
        return decodeStatus({ printer: answers[0], offlineCause: answers[1], paper: answers[2] })
      } finally {
        await closePort(port)
      }
    },
  }
}
