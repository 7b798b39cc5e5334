import type { Context } from 'hono'
import type { Reply } from '../commands/deps.ts'

export function send<V>(c: Context, r: Reply<V>) {
  return r.status === 204 || r.body === null ? c.body(null, 204) : c.json(r.body as object, r.status)
}
