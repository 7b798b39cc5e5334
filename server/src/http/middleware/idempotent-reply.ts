import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto'
import type { MiddlewareHandler } from 'hono'
import { AppError } from '../../errors.ts'
import type { ReplyMemo } from '../../store/reply-memo-file.ts'
import { idempotencyOf } from './idempotency.ts'

/**
 * Idempotency-Key for the POST calls that do not change the queue (login, logout, reprint): the same key
 * again that day gets the first answer and changes nothing; another body with it, IDEMPOTENCY_MISMATCH.
 * A login's answer holds a token, so answers are sealed (AES-256-GCM) with a key derived from the
 * client's Idempotency-Key, which is never stored: the file alone gives no one a working token.
 * Place it after authentication and validation, so that only well-formed calls are remembered.
 */
export function makeIdempotentReply(memo: ReplyMemo, today: () => string): MiddlewareHandler {
  const running = new Map<string, Promise<unknown>>()
  return async (c, next) => {
    const raw = c.req.header('idempotency-key')
    const idem = await idempotencyOf(c)
    if (raw === undefined || idem === undefined) return next()
    // A retry that arrives while the first is still running waits for its answer.
    await running.get(idem.key)
    const seen = memo.get(today(), idem.key)
    if (seen) {
      if (seen.bodyHash !== idem.bodyHash) throw new AppError('IDEMPOTENCY_MISMATCH')
      const body = unseal(seen.sealed, raw)
      return body === '' ? c.body(null, seen.status as 204) : c.newResponse(body, seen.status as 200, { 'Content-Type': 'application/json' })
    }
    const first = (async () => {
      await next()
      if (c.res.status >= 300) return
      const body = await c.res.clone().text()
      await memo.put(today(), idem.key, { bodyHash: idem.bodyHash, status: c.res.status, sealed: seal(body, raw) })
    })()
    running.set(idem.key, first)
    try {
      await first
    } finally {
      running.delete(idem.key)
    }
  }
}

const keyOf = (raw: string) => createHash('sha256').update(`luot reply seal\n${raw}`).digest()

function seal(text: string, raw: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', keyOf(raw), iv)
  const data = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()])
  return Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64')
}

function unseal(sealed: string, raw: string): string {
  const buf = Buffer.from(sealed, 'base64')
  const decipher = createDecipheriv('aes-256-gcm', keyOf(raw), buf.subarray(0, 12))
  decipher.setAuthTag(buf.subarray(12, 28))
  return Buffer.concat([decipher.update(buf.subarray(28)), decipher.final()]).toString('utf8')
}
