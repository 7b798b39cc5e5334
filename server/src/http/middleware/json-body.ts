import type { MiddlewareHandler } from 'hono'
import { AppError } from '../../errors.ts'

// @hono/zod-validator silently skips a body that is not application/json, so a form post would pass as `{}`.
export function makeJsonBodyGuard(): MiddlewareHandler {
  return async function jsonBodyGuard(c, next) {
    if (c.req.method === 'POST' || c.req.method === 'PUT' || c.req.method === 'PATCH') {
      const text = await c.req.text()
      if (text.length > 0) {
        const type = c.req.header('content-type') ?? ''
        if (!/^application\/json\s*(;|$)/i.test(type)) throw new AppError('VALIDATION', [{ path: [], message: 'Content-Type must be application/json' }])
        try {
          JSON.parse(text)
        } catch (cause) {
          throw new AppError('VALIDATION', [{ path: [], message: 'malformed JSON' }], { cause })
        }
      }
    }
    await next()
  }
}

/** For actions that take no body: nothing, or an empty object; anything else is an unknown field. */
export function makeNoBody(): MiddlewareHandler {
  return async function noBody(c, next) {
    const text = (await c.req.text()).trim()
    if (text.length > 0) {
      const parsed: unknown = JSON.parse(text)
      const isEmptyObject = parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) && Object.keys(parsed).length === 0
      if (!isEmptyObject) throw new AppError('VALIDATION', [{ path: [], message: 'this call takes no body' }])
    }
    await next()
  }
}
