import { connect } from 'node:net'
import type { Socket } from 'node:net'
import { statusQueryCmd } from '../encoder/escpos.ts'
import { decodeStatus, isStatusByte } from '../status/decode-status.ts'
import type { PrinterState } from '../types.ts'
import { abortable } from './transport.ts'
import type { Transport } from './transport.ts'

export interface NetworkOptions {
  host: string
  port: number
  connectTimeoutMs: number
  statusTimeoutMs: number
  /**
   * How long to wait, once every byte is written, for the printer to close its side. Some firmware
   * never does; waiting for the job timeout and retrying would print the ticket twice.
   */
  closeGraceMs: number
}

/**
 * Raw TCP (port 9100, "JetDirect"). One connection per job: kiosk printers sleep, get unplugged and
 * renumbered by DHCP, and a long-lived socket would hide that until the next ticket is lost.
 */
export function createNetworkTransport(opts: NetworkOptions): Transport {
  return {
    async send(bytes, signal) {
      const socket = await openSocket(opts, signal)
      let grace: NodeJS.Timeout | undefined
      const done = new Promise<void>((resolve, reject) => {
        socket.once('error', reject)
        // 'close' after our FIN and the printer's: the bytes reached the printer's TCP stack.
        socket.once('close', (hadError) => (hadError ? reject(new Error('connection closed with an error')) : resolve()))
        socket.once('finish', () => (grace = setTimeout(resolve, opts.closeGraceMs)))
        socket.on('data', () => undefined) // an ASB or status byte must not stall the socket
        socket.end(bytes)
      })
      try {
        await abortable(signal, done, () => socket.destroy())
      } finally {
        clearTimeout(grace)
        socket.destroy()
      }
    },
    async status(): Promise<PrinterState> {
      const signal = AbortSignal.timeout(opts.connectTimeoutMs + opts.statusTimeoutMs)
      let socket: Socket
      try {
        socket = await openSocket(opts, signal)
      } catch (err) {
        // Nothing listens at the address: the printer is off or unplugged, which is "offline", not unknown.
        if (isUnreachable(err)) return 'offline'
        throw err
      }
      try {
        const answers = await readStatus(socket, opts.statusTimeoutMs)
        return decodeStatus({ printer: answers[0], offlineCause: answers[1], paper: answers[2] })
      } finally {
        socket.destroy()
      }
    },
  }
}

function openSocket(opts: NetworkOptions, signal: AbortSignal): Promise<Socket> {
  const socket = connect({ host: opts.host, port: opts.port })
  socket.setNoDelay(true)
  const connected = new Promise<Socket>((resolve, reject) => {
    const timer = setTimeout(() => reject(Object.assign(new Error(`connect timeout ${opts.host}:${opts.port}`), { code: 'ETIMEDOUT' })), opts.connectTimeoutMs)
    socket.once('connect', () => {
      clearTimeout(timer)
      socket.removeListener('error', reject)
      resolve(socket)
    })
    socket.once('error', (err) => {
      clearTimeout(timer)
      reject(err)
    })
  })
  return abortable(signal, connected, () => socket.destroy())
}

/** Sends DLE EOT 1, 2, 4 and collects up to three answers; stops at the first silence. */
function readStatus(socket: Socket, timeoutMs: number): Promise<number[]> {
  return new Promise((resolve) => {
    const answers: number[] = []
    const finish = () => {
      clearTimeout(timer)
      socket.removeAllListeners('data')
      resolve(answers)
    }
    const timer = setTimeout(finish, timeoutMs)
    socket.on('data', (chunk: Buffer) => {
      // Automatic status frames (ASB, 4 bytes starting with a non-status byte) may interleave; skip them.
      for (const b of chunk) if (isStatusByte(b) && answers.length < 3) answers.push(b)
      if (answers.length === 3) finish()
    })
    // A dropped connection is silence: whatever answered so far decides, usually 'unknown'.
    socket.once('close', finish)
    socket.once('error', finish)
    socket.write(Uint8Array.from([...statusQueryCmd(1), ...statusQueryCmd(2), ...statusQueryCmd(4)]))
  })
}

function isUnreachable(err: unknown): boolean {
  const code = err instanceof Error && 'code' in err ? String(err.code) : ''
  return ['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'ECONNRESET', 'EHOSTDOWN'].includes(code)
}
