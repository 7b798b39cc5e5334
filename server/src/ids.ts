import { randomBytes } from 'node:crypto'

// The only module that makes random ids. A ticket id is the key to its page, so 128 random bits.
export interface Ids {
  ticketId(): string
  token(): string
  requestId(): string
}

export function createIds(): Ids {
  return {
    ticketId: () => randomBytes(16).toString('base64url'),
    token: () => randomBytes(32).toString('base64url'),
    requestId: () => randomBytes(8).toString('hex'),
  }
}

/** Deterministic ids for tests (still unique). */
export function sequentialIds(prefix = 't'): Ids {
  let n = 0
  const next = () => `${prefix}${(++n).toString(36).padStart(22, '0')}`
  return { ticketId: next, token: next, requestId: next }
}
