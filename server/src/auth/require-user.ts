import type { MiddlewareHandler } from 'hono'
import type { Role, UserView } from '../contract/index.ts'
import { AppError } from '../errors.ts'
import type { Auth } from './create-auth.ts'

export type AuthVars = { Variables: { user: UserView; token: string } }

export function bearerOf(header: string | undefined): string | undefined {
  const m = /^Bearer\s+(\S+)$/i.exec(header ?? '')
  return m?.[1]
}

/**
 * Any logged-in user with one of `roles`; staff bound to a counter pass only for that counter's `:counterId`.
 * With `counterIds`, a `:counterId` the office does not have is NOT_FOUND, not another staff member's counter.
 */
export function makeRequireUser(auth: Auth, roles: readonly Role[], counterIds?: readonly string[]): MiddlewareHandler<AuthVars> {
  return async function requireUser(c, next) {
    const token = bearerOf(c.req.header('authorization'))
    const user = auth.verify(token)
    if (!roles.includes(user.role)) throw new AppError('FORBIDDEN')
    const counterId = c.req.param('counterId')
    if (counterId !== undefined && counterIds && !counterIds.includes(counterId)) throw new AppError('NOT_FOUND')
    if (counterId !== undefined && user.role === 'staff' && user.counterId !== counterId) throw new AppError('FORBIDDEN')
    c.set('user', user)
    c.set('token', token as string)
    await next()
  }
}
