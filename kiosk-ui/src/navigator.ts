import { ApiError } from './api.ts'
import type { IssueRequest, KioskState, Step, Store } from './store.ts'

export interface Navigator {
  /** Shows a step; returns its generation. */
  go(step: Step): number
  /** The generation of the step on screen. */
  current(): number
  isCurrent(gen: number): boolean
  /** The error screen for that failure, unless the citizen has moved on since `gen`. */
  fail(gen: number, error: unknown, serviceId: string | null, request: IssueRequest | null): void
}

export const codeOf = (error: unknown) => (error instanceof ApiError ? error.code : 'UNKNOWN')

/** Every navigation bumps a generation, so that a late answer never overwrites a newer screen. */
export function createNavigator(store: Store<KioskState>): Navigator {
  let generation = 0
  const go = (step: Step) => {
    generation += 1
    store.set((s) => ({ ...s, step }))
    return generation
  }
  const isCurrent = (gen: number) => gen === generation
  return {
    go,
    current: () => generation,
    isCurrent,
    fail(gen, error, serviceId, request) {
      if (isCurrent(gen)) go({ name: 'error', code: codeOf(error), serviceId, request })
    },
  }
}
