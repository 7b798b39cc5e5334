import { createHash } from 'node:crypto'
import type { Context } from 'hono'
import { AppError } from '../../errors.ts'
import { clientAddress } from './client-address.ts'

export interface IdempotencyInput {
  /** Hash of caller + call + client key: the key is scoped to who calls and what. */
  key: string
  bodyHash: string
}

// A request's key is asked for more than once (the rate limit checks for a replay, then the command uses
// it): worked out once per request.
const seen = new WeakMap<Context, Promise<IdempotencyInput | undefined>>()

export function idempotencyOf(c: Context): Promise<IdempotencyInput | undefined> {
  let found = seen.get(c)
  if (!found) {
    found = computeIdempotency(c)
    seen.set(c, found)
  }
  return found
}

async function computeIdempotency(c: Context): Promise<IdempotencyInput | undefined> {
  const raw = c.req.header('idempotency-key')
  if (raw === undefined) return undefined
  if (raw.length < 1 || raw.length > 200) throw new AppError('VALIDATION', [{ path: ['Idempotency-Key'], message: '1–200 characters' }])
  const auth = c.req.header('authorization') ?? `addr:${clientAddress(c)}`
  const caller = createHash('sha256').update(auth).digest('hex').slice(0, 16)
  const key = createHash('sha256').update(`${caller}\n${c.req.method} ${c.req.path}\n${raw}`).digest('hex')
  const body = (await c.req.text()).trim()
  const bodyHash = createHash('sha256').update(body.length === 0 ? '{}' : canonical(body)).digest('hex')
  return { key, bodyHash }
}

/** Same JSON with other whitespace or another order of fields is the same body. */
function canonical(text: string): string {
  try {
    return JSON.stringify(sorted(JSON.parse(text)))
  } catch {
    // Not JSON: validation refuses it after this; its hash only has to be stable.
    return text
  }
}

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted)
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, sorted((value as Record<string, unknown>)[k])]),
  )
}
