import type { Context, MiddlewareHandler } from 'hono'
import { AppError } from '../../errors.ts'
import { clientAddress } from './client-address.ts'

/**
 * Fixed one-minute windows per client address. The contract promises at least 10 logins and 60 tickets a
 * minute from one address; a kiosk in a busy hall can exceed that with retries, so the limits sit well above.
 */
export function makeRateLimit(opts: {
  name: string
  perMinute: number
  now: () => number
  /** True for a retry of a call already answered: it gets its first answer again and is never limited. */
  isReplay?: (c: Context) => Promise<boolean>
}): MiddlewareHandler {
  const windows = new Map<string, { start: number; count: number }>()
  return async function rateLimit(c, next) {
    if (opts.isReplay && (await opts.isReplay(c))) return next()
    const now = opts.now()
    const key = clientAddress(c)
    const w = windows.get(key)
    if (!w || now - w.start >= 60_000) {
      if (windows.size > 10_000) windows.clear() // bounded memory under an address-spraying flood
      windows.set(key, { start: now, count: 1 })
    } else if (++w.count > opts.perMinute) {
      c.header('Retry-After', String(Math.ceil((w.start + 60_000 - now) / 1000)))
      throw new AppError('RATE_LIMITED', { limit: opts.name })
    }
    await next()
  }
}
