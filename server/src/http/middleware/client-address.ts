import type { Context } from 'hono'
import { getConnInfo } from '@hono/node-server/conninfo'

export function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown'
  } catch (cause) {
    // app.request() in unit tests has no socket; treat all such calls as one client.
    void cause
    return 'local'
  }
}
