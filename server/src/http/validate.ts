import { zValidator } from '@hono/zod-validator'
import type { ValidationTargets } from 'hono'
import type { ZodType } from 'zod'
import { AppError } from '../errors.ts'

/** Our wrapper around @hono/zod-validator: failures become AppError('VALIDATION') so on-error stays the only format. */
export function validate<T extends keyof ValidationTargets, S extends ZodType>(target: T, schema: S) {
  return zValidator(target, schema, (result) => {
    if (!result.success) throw new AppError('VALIDATION', result.error.issues)
  })
}
