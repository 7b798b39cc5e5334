import type { QueueState, Transition } from '../queue/model.ts'
import { localDate } from '../queue/office-time.ts'
import { startDay } from '../queue/day.ts'
import { AppError } from '../errors.ts'
import type { IdempotencyInput } from '../http/middleware/idempotency.ts'
import type { CommandDeps, Reply, Rule } from './deps.ts'

export type RunRule = <R, V>(
  rule: Rule<R>,
  view: (t: Transition<R>, now: number) => Reply<V>,
  idem?: IdempotencyInput,
) => Promise<Reply<V>>

/** Today's state, rolled to a new empty day when the stored one is from yesterday (not saved until a command runs). */
export function currentState(deps: Pick<CommandDeps, 'config' | 'store'>, now: number): QueueState {
  const s = deps.store.state()
  const today = localDate(now, deps.config.office.timeZone)
  return s.date === today ? s : startDay(s, deps.config, today, now).state
}

/**
 * The one path by which a person's action changes the queue: roll the day, answer a repeated
 * Idempotency-Key with the first answer, apply the rule, record the answer with the state in the same
 * durable write (so a retry after a crash still gets it), then publish.
 */
export function makeRunRule(deps: CommandDeps): RunRule {
  return async function runRule(rule, view, idem) {
    let reply: Reply<never> | undefined
    let isReplay = false
    const t = await deps.store.transact((stored) => {
      const now = Math.max(deps.clock.now(), stored.lastInstant)
      const today = localDate(now, deps.config.office.timeZone)
      const s = stored.date === today ? stored : startDay(stored, deps.config, today, now).state
      const seen = idem ? s.idempotency[idem.key] : undefined
      if (idem && seen) {
        if (seen.bodyHash !== idem.bodyHash) throw new AppError('IDEMPOTENCY_MISMATCH')
        isReplay = true
        reply = { status: seen.status as Reply<never>['status'], body: seen.body as never }
        return { state: s, events: [], result: undefined }
      }
      const tr = rule(s, now)
      const r = view(tr, now)
      reply = r as Reply<never>
      const idempotency = idem
        ? { ...tr.state.idempotency, [idem.key]: { bodyHash: idem.bodyHash, status: r.status, body: r.body, at: now } }
        : tr.state.idempotency
      return { state: { ...tr.state, lastInstant: now, idempotency }, events: tr.events, result: tr.result }
    })
    if (!isReplay) deps.publisher.publish(t)
    return reply as Reply<never>
  }
}
